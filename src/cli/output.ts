import pc from 'picocolors'
import { RULES } from '../shared/rules/catalogue.ts'
import { buildReport, type LintReport, type ReportFinding } from '../shared/rules/report.ts'
import { reportToSarif } from '../shared/rules/sarif.ts'
import { FINGERPRINT_KEY } from './baseline.ts'
import type { CliFinding } from './cli-finding.ts'
import type { CliIo } from './cli-io.ts'
import { formatText } from './format-text.ts'
import { packageVersion } from './version.ts'

export type Format = 'text' | 'json' | 'sarif'

/** A finding with what the run learnt about it: its fingerprint, and whether it counts. */
export interface RunFinding extends CliFinding {
  fingerprint: string
  /** Set when a --baseline was given: "unchanged" findings are in it and do not fail the run. */
  baselineState?: 'new' | 'unchanged'
}

export const counts = (f: RunFinding) => !f.suppressed && f.baselineState !== 'unchanged'

const TOOL = { name: 'bill-mfa-lint', informationUri: 'https://developer.bill.com/changelog' }

/** NO_COLOR (any non-empty value) wins; FORCE_COLOR forces colour; otherwise only on a terminal. */
function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true
}

type JsonFinding = ReportFinding & {
  fingerprint: string
  analysis?: 'structural' | 'text'
  endpoint?: string
  suppressed?: { reason: string }
  baselineState?: 'new' | 'unchanged'
}

/**
 * The report (schema version 1): every finding, suppressed and baselined ones marked as such; the
 * summary counts only the findings that count, plus `suppressed` / `baselined` when there are any.
 */
export function runReport(files: number, requests: number, findings: readonly RunFinding[]): LintReport {
  const report = buildReport({ files, requests, findings: findings.filter(counts).map((f) => f.report) })
  const all: JsonFinding[] = findings.map((f) => ({
    ...f.report,
    fingerprint: f.fingerprint,
    ...(f.source ? { analysis: f.source.analysis } : {}),
    ...(f.source?.endpoint ? { endpoint: f.source.endpoint } : {}),
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
  }))
  const suppressed = findings.filter((f) => f.suppressed).length
  const baselined = findings.filter((f) => !f.suppressed && f.baselineState === 'unchanged').length
  return {
    ...report,
    findings: all,
    summary: {
      ...report.summary,
      ...(suppressed ? { suppressed } : {}),
      ...(baselined ? { baselined } : {}),
    },
  }
}

function sarif(report: LintReport, findings: readonly RunFinding[], now: Date) {
  const doc = reportToSarif(report, RULES, { ...TOOL, version: packageVersion() }, now)
  const results = doc.runs[0]?.results ?? []
  results.forEach((r, i) => {
    const f = findings[i]
    if (!f) return
    const region = r.locations[0]?.physicalLocation.region
    if (region && f.source)
      Object.assign(region, { endLine: f.source.end.line, endColumn: f.source.end.column })
    Object.assign(r, {
      ...(f.source ? { properties: { ...r.properties, analysis: f.source.analysis } } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
      ...(f.baselineState ? { baselineState: f.baselineState } : {}),
      ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    })
  })
  return doc
}

export function writeReport(
  io: CliIo,
  format: Format,
  run: { files: number; requests: number; findings: readonly RunFinding[]; now: Date },
): LintReport {
  const report = runReport(run.files, run.requests, run.findings)
  if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else if (format === 'sarif')
    io.stdout.write(`${JSON.stringify(sarif(report, run.findings, run.now), null, 2)}\n`)
  else {
    const shown = run.findings.filter(counts)
    const hidden = run.findings.length - shown.length
    const colors = pc.createColors(useColor(io))
    const text = formatText(shown, report.summary, colors)
    io.stdout.write(hidden ? text.replace(/\n$/, ` (${hidden} more suppressed or in the baseline)\n`) : text)
  }
  return report
}
