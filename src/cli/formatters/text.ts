import { describeLocation, plural } from '../../shared/rules/report.ts'
import { counts } from '../run-finding.ts'
import { fixLine, paint, summaryLine } from './parts.ts'
import type { Formatter } from './types.ts'

/**
 * Human output: the findings that count, grouped by file, each with its excerpt and fix, then a summary
 * line that says how many more are suppressed or in the baseline.
 */
export const formatText: Formatter = ({ findings, report, unusable, colors: c }) => {
  const colour = paint(c)
  const shown = findings.filter(counts)
  const out: string[] = []
  let file: string | undefined
  let place: string | undefined
  for (const { report: f, excerpt, source } of shown) {
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
    out.push(`    ${colour[f.severity](f.severity.padEnd(7))} ${f.message} ${c.dim(f.ruleId)}${how}`)
    if (excerpt) out.push(`            ${c.dim('│')} ${excerpt}`)
    out.push(...fixLine(f, '            ', c))
  }
  const s = report.summary
  if (out.length > 0) out.push('')
  const hidden = findings.length - shown.length
  const more = hidden ? ` (${hidden} more suppressed or in the baseline)` : ''
  const scope = `${plural(s.files, 'file')}, ${plural(s.requests, 'request')}${more}`
  out.push(summaryLine(s, scope, c, unusable))
  return `${out.join('\n')}\n`
}
