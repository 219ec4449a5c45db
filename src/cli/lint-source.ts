import { toReportFinding } from '../shared/rules/report.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { scanSource } from './source-scan.ts'

const MAX_SHOWN_LINE = 160

export function lintSource(text: string, file: string, settings: LintSettings): FileResult {
  const findings = scanSource(text, settings.now).map((s) => {
    const line = s.lineText.trim()
    return {
      report: toReportFinding(s.finding, { file, location: { line: s.line, column: s.column } }),
      excerpt: line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}…` : line,
    }
  })
  return { requests: 0, findings }
}
