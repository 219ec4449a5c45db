import { describeLocation } from '../../shared/rules/report.ts'
import type { CliFinding } from '../cli-finding.ts'
import { applyFixes } from './apply.ts'
import { fixKind } from './fix-kinds.ts'
import { sourceFixer } from './fix-source.ts'

/**
 * --fix: applies the safe rewrites (one line each on `say`), and names every suggestion it left alone,
 * so that a finding still there after --fix is never a surprise. Returns the unified diffs (--dry-run)
 * and whether any file was written.
 */
export function runFix(
  findings: readonly CliFinding[],
  options: { dryRun: boolean; now: Date },
  say: (line: string) => void,
): { diffs: string[]; written: boolean } {
  const fixes = applyFixes(findings, options.dryRun, sourceFixer(options.now))
  for (const fix of fixes) {
    for (const c of fix.changes)
      say(`${options.dryRun ? 'would fix' : 'fixed'} ${fix.file}: ${c.where}: ${c.from} -> ${c.to}`)
  }
  for (const { report: f, suppressed } of findings) {
    // HAR captures are records of what was sent: never fixed, nothing to say.
    if (suppressed || fixKind(f.ruleId) !== 'suggestion' || f.location.entry !== undefined) continue
    const where = describeLocation(f.location)
    say(
      `not fixed ${f.file}${where ? `: ${where}` : ''}: ${f.ruleId}: the fix would change what the call does (a suggestion: review it)`,
    )
  }
  return {
    diffs: options.dryRun ? fixes.map((f) => f.diff) : [],
    written: !options.dryRun && fixes.length > 0,
  }
}
