import { toReportFinding } from '../shared/rules/report.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import type { ImportContext } from './source/imports/context.ts'
import { scanSource } from './source/index.ts'
import { locator } from './source/position.ts'

const MAX_SHOWN_LINE = 160

/** Source findings for the report; suppressed ones are kept and marked (the report and SARIF carry them). */
export function lintSource(
  text: string,
  file: string,
  settings: LintSettings,
  imports?: ImportContext,
): FileResult {
  const scanned = scanSource({ path: file, text }, { now: settings.now, ...(imports ? { imports } : {}) })
  const found = scanned.findings
  // Split only when there is something to show: most candidate files have no finding.
  const lines = found.length > 0 ? text.split('\n') : []
  const at = found.some((f) => f.edit) ? locator(text) : undefined
  const findings = found.map((f) => {
    const line = (lines[f.line - 1] ?? '').trim()
    const { ruleId, severity, message, field, value, fix } = f
    return {
      report: toReportFinding(
        { ruleId, severity, message, field, value, fix },
        { file, location: { line: f.line, column: f.column } },
      ),
      excerpt: line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}…` : line,
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
      ...(f.edit && at
        ? { rewrite: { start: at(f.edit.start), end: at(f.edit.end), text: f.edit.text, kind: f.edit.kind } }
        : {}),
      source: {
        analysis: f.analysis,
        end: { line: f.endLine, column: f.endColumn },
        ...(f.endpoint ? { endpoint: f.endpoint } : {}),
      },
    }
  })
  return { requests: 0, findings, ...(scanned.missingParser ? { missingParser: scanned.missingParser } : {}) }
}
