import { describe, expect, it } from 'vitest'
import { billBoolean, deprecatedMfaUse } from '../../../../src/shared/bill/deprecated-fields.ts'

describe('deprecated MFA values', () => {
  it('reads BILL booleans from booleans and strings in any case', () => {
    expect([true, 'true', 'TRUE', ' True '].map(billBoolean)).toEqual([true, true, true, true])
    expect([false, 'false', 'FALSE'].map(billBoolean)).toEqual([false, false, false])
    expect(['yes', 1, null, undefined].map(billBoolean)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('flags only useBackup:true on challenges and primary:false on setup', () => {
    expect(deprecatedMfaUse('v3.mfa.challenge', { useBackup: 'true' })).toBe('useBackup:true')
    expect(deprecatedMfaUse('v2.mfa.challenge', { useBackup: true })).toBe('useBackup:true')
    expect(deprecatedMfaUse('v3.mfa.challenge', { useBackup: 'false' })).toBeUndefined()
    expect(deprecatedMfaUse('v3.mfa.setup', { primary: 'false' })).toBe('primary:false')
    expect(deprecatedMfaUse('v3.mfa.setup', { primary: true })).toBeUndefined()
    expect(deprecatedMfaUse('v3.login', { useBackup: true })).toBeUndefined()
  })
})
