import { describe, expect, it } from 'vitest'
import {
  isCredentialName,
  isSecretName,
  isSecretValue,
  looksLikePhone,
  mentionsSecretName,
} from '../../../../src/shared/redact/secret-names.ts'

// The one decision "is this name secret?", both ways: what must be hidden, and what QA must keep reading.

describe('isSecretName', () => {
  it('reads a name in any case and separators, with or without an x- header prefix', () => {
    for (const name of [
      ' Session-Id ',
      'X-Dev-Key',
      'x_api_key',
      'PROXY-AUTHORIZATION',
      'x-pwd',
      'X-Code',
      'x_pin',
    ])
      expect(isSecretName(name), name).toBe(true)
    // The prefix is dropped at the start only: `xpwd` and `xcode` are other words.
    for (const name of ['xpwd', 'xcode', 'a-x-pwd', 'pwdx', '-', '', 'userNameHint'])
      expect(isSecretName(name), name).toBe(false)
  })

  it('takes names that end like a credential, and one-time codes by what they are for', () => {
    for (const name of [
      'accessToken',
      'newPassword',
      'clientSecret',
      'billSessionId',
      'mfaCode',
      'sms_pin',
      'otp',
      'passcode',
    ])
      expect(isSecretName(name), name).toBe(true)
    for (const name of ['errorCode', 'countryCode', 'statusCode', 'tokenType', 'pinned', 'codec'])
      expect(isSecretName(name), name).toBe(false)
  })

  it('judges a long name as a short one, asked once or many times', () => {
    const long = `${'a'.repeat(200)}Token`
    expect([isSecretName(long), isSecretName(long)]).toEqual([true, true])
    expect([isSecretName(`${'a'.repeat(200)}Memo`), isSecretName(`${'a'.repeat(200)}Memo`)]).toEqual([
      false,
      false,
    ])
  })

  it('gives the same answers after judging more names than it remembers', () => {
    for (let i = 0; i < 5000; i++) isSecretName(`field${i}`)
    expect([isSecretName('sessionId'), isSecretName('memo'), isSecretName('field1')]).toEqual([
      true,
      false,
      false,
    ])
  })
})

describe('isCredentialName', () => {
  it('takes credentials worth masking everywhere, not the short or common secrets', () => {
    for (const name of [
      'sessionId',
      'devKey',
      'Authorization',
      'appKey',
      'Cookie',
      'x-api-key',
      'rememberMeId',
    ])
      expect(isCredentialName(name), name).toBe(true)
    for (const name of ['userName', 'phone', 'mfaCode', 'code', 'Set-Cookie2', 'memo'])
      expect(isCredentialName(name), name).toBe(false)
  })
})

describe('looksLikePhone', () => {
  it('takes 7 to 15 digits in international form, trimmed', () => {
    expect(looksLikePhone('+1234567')).toBe(true)
    expect(looksLikePhone('+123456789012345')).toBe(true)
    expect(looksLikePhone(' +44 20 7946 0958 ')).toBe(true)
    expect(looksLikePhone(' (415) 555-0100 ')).toBe(true)
    expect(looksLikePhone('+1 2 3 4 5 6')).toBe(false)
    expect(looksLikePhone('+1234567890123456')).toBe(false)
    expect(looksLikePhone('+12345')).toBe(false)
    expect(looksLikePhone('1733560000')).toBe(false)
  })
})

describe('isSecretValue', () => {
  it('hides a value under a secret name, or a phone under any name', () => {
    expect(isSecretValue('password', 'x')).toBe(true)
    expect(isSecretValue('password', 42)).toBe(true)
    expect(isSecretValue('memo', '+1 415 555 0100')).toBe(true)
    expect(isSecretValue('memo', 4155550100)).toBe(false)
    expect(isSecretValue('memo', 'hello')).toBe(false)
  })

  it("keeps BILL's error codes readable under any name, spaces around them or not", () => {
    expect(isSecretValue('code', 'BDC_1109')).toBe(false)
    expect(isSecretValue('code', ' BDC_1109 ')).toBe(false)
    expect(isSecretValue('password', 'BDC_1101')).toBe(false)
    expect(isSecretValue('code', 'BDC_1')).toBe(true)
    expect(isSecretValue('code', '123456')).toBe(true)
  })
})

describe('mentionsSecretName', () => {
  it("finds a secret name in free text, but not in BILL's own messages", () => {
    expect(mentionsSecretName('the password is hunter2')).toBe(true)
    expect(mentionsSecretName('send session_id=1 please')).toBe(true)
    expect(mentionsSecretName('User name and/or password do not match our records.')).toBe(false)
    expect(mentionsSecretName('Error: User name and/or password do not match our records. Retry')).toBe(false)
    expect(mentionsSecretName('User name and/or password do not match our records. New password here')).toBe(
      true,
    )
    expect(mentionsSecretName('hello world 123')).toBe(false)
    expect(mentionsSecretName('')).toBe(false)
  })
})
