import { describe, expect, it } from 'vitest'
import { ALL_RULES, RULE_IDS, RULES } from '../../../../src/shared/rules/catalogue.ts'
import { SEQUENCE_RULES } from '../../../../src/shared/rules/sequence/catalogue.ts'
import { atLeast } from '../../../../src/shared/rules/summary.ts'
import { SEVERITIES } from '../../../../src/shared/rules/types.ts'

// What rule lists show (SARIF, --select, --rule names, --fail-on choices) comes from these three lists.
describe('rule lists', () => {
  it('name the single-request rules in evaluation order', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id))
    expect(RULE_IDS).toContain('mfa-field-runtime-value')
  })

  it('list every rule of either kind once: the single-request rules, then the sequence rules', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual([...RULE_IDS, ...SEQUENCE_RULES.map((r) => r.id)])
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length)
    expect(SEQUENCE_RULES.length).toBeGreaterThan(0)
  })

  it('give every rule a one-line title and a help text longer than it', () => {
    for (const r of ALL_RULES) {
      expect(r.title, r.id).toMatch(/^\S[^\n]*$/)
      expect(r.help.length, r.id).toBeGreaterThan(r.title.length)
    }
  })

  it('name the severities from the most to the least severe', () => {
    expect(SEVERITIES).toEqual(['error', 'warning', 'info'])
    for (let i = 1; i < SEVERITIES.length; i++) {
      const [higher, lower] = [SEVERITIES[i - 1], SEVERITIES[i]] as ['error', 'warning']
      expect(atLeast(higher, lower) && !atLeast(lower, higher)).toBe(true)
    }
  })
})
