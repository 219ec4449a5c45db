import { toReportFinding } from '../shared/rules/report.ts'
import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import type { SourceFixer } from './fix/apply.ts'
import { fixSource, type SourceFinding, scanSource } from './source/index.ts'

const MAX_SHOWN_LINE = 160

function toCli(f: SourceFinding, file: string, lines: readonly string[]): CliFinding {
  const line = (lines[f.line - 1] ?? '').trim()
  const { ruleId, severity, message, field, value, fix } = f
  return {
    report: toReportFinding(
      { ruleId, severity, message, field, value, fix },
      { file, location: { line: f.line, column: f.column } },
    ),
    excerpt: line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}…` : line,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  }
}

/** Source findings for the report; suppressed ones are kept and marked. */
export function lintSource(text: string, file: string, settings: LintSettings): FileResult {
  const lines = text.split('\n')
  const findings = scanSource({ path: file, text }, { now: settings.now }).findings.map((f) =>
    toCli(f, file, lines),
  )
  return { requests: 0, findings }
}

/**
 * --fix for source files: the file is analysed again as it is now, and the safe rewrites of the findings
 * the CLI asks for (same rule, line and column) are applied. Run-time values have no rewrite.
 */
export const fixSourceFile: SourceFixer = (file, findings) => {
  const wanted = new Set(
    findings.map((f) => `${f.report.ruleId}:${f.report.location.line}:${f.report.location.column}`),
  )
  // The date only decides severities; which literals are safe to rewrite does not depend on it.
  const scanned = scanSource(file, { now: new Date() }).findings.filter(
    (f) => f.edit && !f.suppressed && wanted.has(`${f.ruleId}:${f.line}:${f.column}`),
  )
  if (scanned.length === 0) return undefined
  const fixed = fixSource(file, scanned)
  const changes = scanned.flatMap((f) =>
    f.edit
      ? [
          {
            where: `line ${f.line}`,
            field: f.field ?? '',
            from: file.text.slice(f.edit.start, f.edit.end),
            to: f.edit.text,
          },
        ]
      : [],
  )
  return { text: fixed.text, changes }
}
