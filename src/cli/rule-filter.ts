import { ALL_RULES } from '../shared/rules/catalogue.ts'

// --select / --ignore and the config file's "rules": which rules report. Rule ids are checked: a typo
// must not silently turn a rule off, or select nothing.

const KNOWN = new Set(ALL_RULES.map((r) => r.id))

/** Why a rule id is not one, or undefined. */
export function unknownRule(id: string): string | undefined {
  return KNOWN.has(id) ? undefined : `unknown rule id "${id}" (rule ids: ${[...KNOWN].join(', ')})`
}

/** Rule ids from repeated, comma-separated option values (`--select a,b --select c`). */
export const ruleList = (values: readonly string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((id) => id.trim())
    .filter(Boolean)

/**
 * Which rules report: with --select, exactly those; otherwise every rule but those the config turns
 * "off"; minus --ignore in both cases. Returns the first unknown rule id's message instead, if any.
 */
export function ruleFilter(
  select: readonly string[],
  ignore: readonly string[],
  configOff: readonly string[],
): ((ruleId: string) => boolean) | string {
  for (const [option, ids] of [
    ['--select', select],
    ['--ignore', ignore],
  ] as const) {
    for (const id of ids) {
      const bad = unknownRule(id)
      if (bad) return `${option}: ${bad}`
    }
  }
  const on = new Set(select.length > 0 ? select : [...KNOWN].filter((id) => !configOff.includes(id)))
  for (const id of ignore) on.delete(id)
  return (ruleId) => on.has(ruleId)
}
