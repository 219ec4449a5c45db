import type { Colors } from 'picocolors/types'
import { plural } from '../../shared/rules/report.ts'
import type { Severity } from '../../shared/rules/types.ts'
import { fixKind } from '../fix/fix-kinds.ts'

// The pieces of human output shared by the text format and the proxy's live lines.

export const paint = (c: Colors): Record<Severity, (s: string) => string> => ({
  error: c.red,
  warning: c.yellow,
  info: c.blue,
})

/** A fix that changes what the call does is labelled as a suggestion, never as a fix. */
export const fixLabel = (ruleId: string) => (fixKind(ruleId) === 'suggestion' ? 'suggestion:' : 'fix:')

/** The label and text of a finding's fix line, indented under the finding. */
export function fixLine(f: { ruleId: string; fix?: string | undefined }, indent: string, c: Colors) {
  return f.fix ? [`${indent}${c.green(fixLabel(f.ruleId))} ${f.fix}`] : []
}

export interface Tally {
  errors: number
  warnings: number
  infos: number
}

/**
 * The last line: a mark, the counts, what was read. Any input that could not be used turns the mark into
 * a cross and is counted, so a run that failed never ends on a success mark.
 */
export function summaryLine(s: Tally, scope: string, c: Colors, unusable = 0): string {
  const tally = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`
  const mark = s.errors > 0 || unusable > 0 ? c.red('✖') : s.warnings > 0 ? c.yellow('!') : c.green('✔')
  const failed = unusable > 0 ? `; ${plural(unusable, 'input')} could not be used (see above)` : ''
  return `${mark} ${c.bold(tally)} in ${scope}${failed}`
}
