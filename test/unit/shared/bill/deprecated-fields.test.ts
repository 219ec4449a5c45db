import { describe, expect, it } from 'vitest'
import { billBoolean, deprecatedMfaUse } from '../../../../src/shared/bill/deprecated-fields.ts'

// The removed MFA values, spotted in a request body however BILL's clients spell the boolean.

describe('billBoolean', () => {
  it.each([
    [true, true],
    [false, false],
    ['true', true],
    [' TRUE ', true],
    ['False', false],
    ['yes', undefined],
    ['', undefined],
    [1, undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j: %j', (value, read) => {
    expect(billBoolean(value)).toBe(read)
  })
})

describe('deprecatedMfaUse', () => {
  it('the refused value on an endpoint that takes the field', () => {
    expect(deprecatedMfaUse('v3.mfa.challenge', { useBackup: true })).toBe('useBackup:true')
    expect(deprecatedMfaUse('v2.mfa.challenge', { useBackup: 'true' })).toBe('useBackup:true')
    expect(deprecatedMfaUse('v3.mfa.setup', { primary: 'false' })).toBe('primary:false')
  })

  it('nothing for the allowed value, another endpoint, or a body that is not an object', () => {
    expect(deprecatedMfaUse('v3.mfa.challenge', { useBackup: false })).toBeUndefined()
    expect(deprecatedMfaUse('v3.mfa.setup', { primary: true })).toBeUndefined()
    expect(deprecatedMfaUse('v3.mfa.setup', { useBackup: true })).toBeUndefined()
    expect(deprecatedMfaUse('v3.login', { useBackup: true })).toBeUndefined()
    expect(deprecatedMfaUse('v3.mfa.challenge', null)).toBeUndefined()
    expect(deprecatedMfaUse('v3.mfa.challenge', 'useBackup=true')).toBeUndefined()
  })
})
