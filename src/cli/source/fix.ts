import { locator } from './position.ts'
import type { FixResult, SourceEdit, SourceFile, SourceFinding } from './types.ts'

/**
 * Applies the safe rewrites of the findings (literal values only, never run-time ones, never suppressed
 * findings, never a suggestion: it would change what the call does) and lists each changed line before
 * and after.
 */
export function fixSource(file: SourceFile, findings: readonly SourceFinding[]): FixResult {
  const edits = findings
    .flatMap((f): SourceEdit[] => (f.edit?.kind === 'safe' && !f.suppressed ? [f.edit] : []))
    .sort((a, b) => a.start - b.start)
  const lineOf = locator(file.text)
  const pieces: string[] = []
  const lines = new Set<number>()
  let done = 0
  for (const edit of edits) {
    // The same value found twice is rewritten once; an edit never spans lines.
    if (edit.start < done || file.text.slice(edit.start, edit.end).includes('\n')) continue
    pieces.push(file.text.slice(done, edit.start), edit.text)
    done = edit.end
    lines.add(lineOf(edit.start).line)
  }
  pieces.push(file.text.slice(done))
  const text = pieces.join('')
  const before = file.text.split('\n')
  const after = text.split('\n')
  // Stryker disable next-line StringLiteral: an edit never spans lines, so every changed line is there before and after
  const nth = (all: readonly string[], line: number) => all[line - 1] ?? ''
  const changes = [...lines].map((line) => ({ line, before: nth(before, line), after: nth(after, line) }))
  return { text, changes }
}
