// Source-code analysis for bill-mfa-lint: finds BILL's deprecated MFA fields in code of many languages
// (parsed where a parser is installed, else the line matcher), with suppressions and safe fixes.
import { fileColumn, isWorkflow, workflowShell } from '../ci/workflow-script.ts'
import type { OffsetFinding } from './judge.ts'
import { detectLanguage } from './language.ts'
import { scanMarkdown } from './markdown.ts'
import { locator } from './position.ts'
import { scanCode } from './scan-code.ts'
import { missingParser } from './structural/registry.ts'
import { applySuppressions } from './suppress.ts'
import type { ScanOptions, SourceFile, SourceFinding, SourceScanResult } from './types.ts'

export { candidate, candidateBytes } from './evidence.ts'
export { fixSource } from './fix.ts'
export { languagesOfPaths } from './language.ts'
export { expectLanguages } from './structural/registry.ts'
export type * from './types.ts'

/** Findings in one source file, sorted by position; suppressed ones are kept and marked. */
export function scanSource(file: SourceFile, options: ScanOptions): SourceScanResult {
  const language = detectLanguage(file.path, file.text)
  // A CI workflow (a YAML file: never Markdown) is read as the shell it runs, its env values put in, on the
  // workflow's own lines: it needs the shell's parser, not YAML's.
  const shell = isWorkflow(file.path, file.text) ? workflowShell(file.text) : undefined
  // Without its parser a file is still read, by the line matcher; the run names the package to install.
  const missing = missingParser(shell === undefined ? language : 'bash')
  const found =
    language === 'markdown'
      ? scanMarkdown(file.text, options.now)
      : scanCode(shell?.text ?? file.text, shell === undefined ? language : 'bash', {
          now: options.now,
          // A workflow's shell steps are read apart from the file: the tree's parse of it does not apply.
          ...(options.imports && shell === undefined ? { imports: options.imports } : {}),
        })
  const locate = locator(shell?.text ?? file.text)
  // A workflow's shell is put back at the workflow's own columns.
  const at = (offset: number) => {
    const { line, column } = locate(offset)
    return { line, column: shell ? fileColumn(shell, line, column) : column }
  }
  const findings = found
    .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
    .map(({ start, end, ...f }: OffsetFinding): SourceFinding => {
      const from = at(start)
      const to = at(end)
      return { ...f, line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
    })
  const result = { language, findings: applySuppressions(file.text, findings) }
  return missing ? { ...result, missingParser: missing } : result
}
