import { describe, expect, it } from 'vitest'
import { billBoolean, deprecatedMfaUse } from '../../src/shared/bill/deprecated-fields.ts'
import { REDACTED, redactBillPayload, redactBody, redactForm } from '../../src/shared/bill/redact.ts'

describe('redactBillPayload', () => {
  it('hides secrets at any depth, in any key case, and inside v2 data strings', () => {
    const payload = {
      userName: 'qa@example.com',
      Password: 'pw',
      devKey: 'k',
      nested: [{ sessionId: 's', rememberMeId: 'r', phone: '+1', keep: 1 }],
      data: JSON.stringify({ token: '123456', mfaId: 'm', deviceId: 'd' }),
    }
    expect(redactBillPayload(payload)).toEqual({
      userName: 'qa@example.com',
      Password: REDACTED,
      devKey: REDACTED,
      nested: [{ sessionId: REDACTED, rememberMeId: REDACTED, phone: REDACTED, keep: 1 }],
      data: { token: REDACTED, mfaId: REDACTED, deviceId: 'd' },
    })
  })

  it('redacts forms and bodies of any encoding', () => {
    expect(redactForm(new URLSearchParams('sessionId=s&orgId=008'))).toEqual({
      sessionId: REDACTED,
      orgId: '008',
    })
    expect(redactBody('{"password":"x"}', 'text/plain')).toEqual({ password: REDACTED })
    expect(redactBody('password=x', 'application/x-www-form-urlencoded')).toEqual({ password: REDACTED })
    expect(redactBody('{"password":', 'application/json')).toBe('[unparseable, 12 characters]')
    expect(redactBody('', 'application/json')).toBeUndefined()
  })
})

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
