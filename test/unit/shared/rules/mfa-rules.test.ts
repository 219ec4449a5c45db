import { describe, expect, it } from 'vitest'
import { showValue } from '../../../../src/shared/rules/field-rule.ts'
import {
  MFA_CHALLENGE_BACKUP_PHONE,
  MFA_FIELD_RULES,
  MFA_SETUP_SECONDARY_PHONE,
} from '../../../../src/shared/rules/mfa-rules.ts'

// describe() is what the source lint reads (a value found in code, its API perhaps unknown).
describe('MFA field rules, described outside a request', () => {
  it('word the breaking value for each API, and for an unknown one, before and from the deadline', () => {
    expect(MFA_SETUP_SECONDARY_PHONE.describe('primary', false, undefined, '2026-04-01')).toEqual({
      field: 'primary',
      value: false,
      message:
        '"primary": false sets up a secondary MFA phone; BILL rejects it with HTTP 400 (v3) or an error response (v2) since 2026-03-30.',
      fix: 'Set "primary" to true or remove the field: only a primary phone can be set up.',
      deadline: '2026-03-30',
    })
    const early = MFA_CHALLENGE_BACKUP_PHONE.describe('useBackup', 'true', 'v2', '2026-03-29')
    expect(early.message).toBe(
      '"useBackup": "true" sends the MFA code to the backup phone; BILL will reject it with an error response from 2026-03-30.',
    )
    expect(MFA_CHALLENGE_BACKUP_PHONE.describe('useBackup', true, 'v3', '2026-03-30').message).toContain(
      'BILL rejects it with HTTP 400 since 2026-03-30',
    )
  })

  it('are a warning before the deadline and an error from it, with their targets', () => {
    expect(MFA_SETUP_SECONDARY_PHONE.severity).toEqual({
      before: 'warning',
      from: '2026-03-30',
      onwards: 'error',
    })
    expect(MFA_SETUP_SECONDARY_PHONE.targets).toEqual([
      { endpoints: ['v3.mfa.setup'], field: 'primary', flagged: false },
    ])
    const optional = MFA_FIELD_RULES[2]
    expect(optional?.severity).toBe('info')
    expect(optional?.targets).toEqual([
      { endpoints: ['v3.mfa.setup'], field: 'primary', flagged: true },
      { endpoints: ['v3.mfa.challenge', 'v2.mfa.challenge'], field: 'useBackup', flagged: false },
    ])
    expect(optional?.describe('primary', true, 'v3', '2026-01-01')).toMatchObject({
      fix: 'Remove "primary" (optional since 2026-03-30).',
      deadline: '2026-03-30',
    })
  })

  it('show a string value quoted and any other as written', () => {
    expect([showValue('true'), showValue(true), showValue(0), showValue(null)]).toEqual([
      '"true"',
      'true',
      '0',
      'null',
    ])
  })
})
