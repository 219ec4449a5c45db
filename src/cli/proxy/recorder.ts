import { writeFile } from 'node:fs/promises'
import type { Colors } from 'picocolors/types'
import { redactHar } from '../../shared/redact/index.ts'
import { evaluate } from '../../shared/rules/evaluate.ts'
import { plural } from '../../shared/rules/report.ts'
import { SequenceStream } from '../../shared/rules/sequence/stream.ts'
import { summarize } from '../../shared/rules/summary.ts'
import type { Finding } from '../../shared/rules/types.ts'
import { fixLine, paint, summaryLine } from '../formatters/parts.ts'
import { decodeBodies, type Exchange, toHarEntry, toNormalizedRequest } from './exchange.ts'
import { createHarBudget } from './har-budget.ts'

// Lints each call as it completes (its own rules, then the sequence rules over the calls so far), prints it, and keeps its redacted HAR entry for the file written on exit.

export interface Recorder {
  record(x: Exchange): void
  /** Every finding so far. */
  findings(): readonly Finding[]
  calls(): number
  summaryLine(): string
  writeHar(file: string, version: string): Promise<void>
}

export interface RecorderOptions {
  /** Extra hosts that count as BILL's (the --target hosts). */
  hosts: readonly string[]
  /** Keep redacted HAR entries for writeHar (off when no HAR file is asked for). */
  keepHar: boolean
  now?: () => Date
  print(line: string): void
  colors: Colors
}

/** The path the target received, without the query (queries may carry credentials). */
function endpointOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    // Stryker disable next-line Regex: without $ the same for every URL the forwarder builds (no line breaks)
    return url.replace(/[?#].*$/, '')
  }
}

export function createRecorder(options: RecorderOptions): Recorder {
  const c = options.colors
  const colour = paint(c)
  // Kept as sent, in this process only: redactHar masks a secret one call reveals (a login's session id) in all.
  const har = createHarBudget()
  const all: Finding[] = []
  const sequence = new SequenceStream({
    hosts: options.hosts,
    ...(options.now ? { now: options.now() } : {}),
  })
  let calls = 0
  return {
    record(x) {
      const bodies = decodeBodies(x)
      const request = toNormalizedRequest(x, bodies)
      const ev = evaluate(request, {
        hosts: options.hosts,
        now: options.now?.() ?? new Date(x.startedAt),
      })
      // Calls reach the sequence rules as they complete (a sign-in after BDC_1361, limits).
      const findings = [
        ...ev.findings,
        ...sequence.add({ ...request, durationMs: x.ms }).map((s) => s.finding),
      ]
      calls++
      if (options.keepHar) har.keep(toHarEntry(x, bodies))
      all.push(...findings)
      const status = x.status >= 400 ? c.red(String(x.status)) : c.green(String(x.status))
      // One write per call: the call's line, then each finding with its fix.
      const lines = [`${x.method} ${endpointOf(x.url)} ${status} ${Math.round(x.ms)} ms`]
      for (const [side, body] of Object.entries(bodies))
        if (body && 'omitted' in body) lines.push(`  ${side} ${body.omitted}`)
      for (const f of findings) {
        lines.push(`  ${colour[f.severity](f.severity.padEnd(7))} ${f.ruleId}: ${f.message}`)
        lines.push(...fixLine(f, '          ', c))
      }
      options.print(lines.join('\n'))
    },
    findings: () => all,
    calls: () => calls,
    summaryLine() {
      const s = summarize(all)
      return summaryLine(
        { errors: s.error, warnings: s.warning, infos: s.info },
        plural(calls, 'BILL call'),
        c,
      )
    },
    async writeHar(file, version) {
      const doc = redactHar({
        log: {
          version: '1.2',
          creator: { name: 'bill-mfa-lint proxy', version },
          pages: [],
          entries: har.entries(),
          comment: har.comment(),
        },
      })
      await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`)
    },
  }
}
