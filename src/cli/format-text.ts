import type { Colors } from 'picocolors/types'
import { describeLocation, type ReportSummary } from '../shared/rules/report.ts'
import type { Severity } from '../shared/rules/types.ts'
import type { CliFinding } from './cli-finding.ts'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Human output: findings grouped by file, each with its excerpt and fix, then a summary line. */
export function formatText(findings: readonly CliFinding[], summary: ReportSummary, c: Colors): string {
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue }
  const out: string[] = []
  let file: string | undefined
  let place: string | undefined
  for (const { report: f, excerpt, source } of findings) {
    if (f.file !== file) {
      if (file !== undefined) out.push('')
      file = f.file
      place = undefined
      out.push(c.underline(f.file))
    }
    // One heading per entry, item or line, however many findings it has.
    const where = describeLocation(f.location)
    if (where !== place) {
      place = where
      const request = f.request ? ` ${c.dim(`${f.request.method} ${f.request.url}`)}` : ''
      out.push(`  ${where}${request}`)
    }
    // Findings of the text matcher (a language not parsed) are less certain: said so.
    const how = source?.analysis === 'text' ? c.dim(' (text match)') : ''
    out.push(`    ${paint[f.severity](f.severity.padEnd(7))} ${f.message} ${c.dim(f.ruleId)}${how}`)
    if (excerpt) out.push(`            ${c.dim('│')} ${excerpt}`)
    if (f.fix) out.push(`            ${c.green('fix:')} ${f.fix}`)
  }
  const s = summary
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`
  const scope = `${plural(s.files, 'file')}, ${plural(s.requests, 'request')}`
  if (out.length > 0) out.push('')
  const mark = s.errors > 0 ? c.red('✖') : s.warnings > 0 ? c.yellow('!') : c.green('✔')
  out.push(`${mark} ${c.bold(counts)} in ${scope}`)
  return `${out.join('\n')}\n`
}
