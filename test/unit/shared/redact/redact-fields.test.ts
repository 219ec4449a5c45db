import { describe, expect, it } from 'vitest'
import {
  isSecretName,
  looksLikePhone,
  REDACTED,
  redactBodyText,
  redactHar,
  redactText,
  redactUrl,
  secretSpans,
} from '../../../../src/shared/redact/index.ts'
import { emptyEntry, harOf } from '../../har-entry-fixture.ts'

describe('looksLikePhone', () => {
  it('reads the usual phone spellings as phones', () => {
    for (const p of ['+1 415-555-0100', '(415) 555-0100', '4155550100', '+44 20 7946 0958'])
      expect(looksLikePhone(p)).toBe(true)
  })
  it('leaves dates, short numbers and words alone', () => {
    for (const v of ['2026-03-30', '12345', 'TEXT', '12.50', '']) expect(looksLikePhone(v)).toBe(false)
  })
})

describe('redactUrl', () => {
  it('replaces secret query values and keeps the rest as written', () => {
    expect(redactUrl('https://x/v3/a?page=2&sessionId=abc%2B1&devKey=k#top')).toBe(
      `https://x/v3/a?page=2&sessionId=${encodeURIComponent(REDACTED)}&devKey=${encodeURIComponent(REDACTED)}#top`,
    )
    expect(redactUrl('https://x/v3/a?page=2')).toBe('https://x/v3/a?page=2')
  })
})

describe('redactFormText', () => {
  it('redacts top-level fields and inside the v2 data JSON', () => {
    const body = `devKey=k1&sessionId=s1&data=${encodeURIComponent('{"useBackup":true,"mfaId":"m1"}')}`
    const out = new URLSearchParams(redactText(body))
    expect(out.get('devKey')).toBe(REDACTED)
    expect(out.get('sessionId')).toBe(REDACTED)
    expect(JSON.parse(out.get('data') ?? '')).toEqual({ useBackup: true, mfaId: REDACTED })
  })
})

describe('redactBodyText', () => {
  it('keeps JSON without secrets equal in value', () => {
    expect(JSON.parse(redactBodyText('{ "useBackup": true }', 'application/json'))).toEqual({
      useBackup: true,
    })
  })
  it('replaces text it cannot parse when it names a secret', () => {
    expect(redactBodyText('password: hunter2', 'text/plain')).toBe('password: [redacted]')
    expect(redactBodyText('the password is hunter2', 'text/plain')).toBe('[redacted: 23 characters]')
    expect(redactBodyText('hello world', 'text/plain')).toBe('hello world')
  })
})

describe('secretSpans', () => {
  const slices = (text: string) => secretSpans(text).map((s) => text.slice(s.start, s.end))

  it('finds secret values at any depth and phone-like strings under any key', () => {
    const text = '{"a":{"sessionId":"s-1","list":[{"token":123}]},"to":"+1 415 555 0100","ok":"fine"}'
    expect(slices(text)).toEqual(['"s-1"', '123', '"+1 415 555 0100"'])
  })
  it('covers a whole object under a secret key once', () => {
    expect(slices('{"password":{"x":"+1 415 555 0100"}}')).toEqual(['{"x":"+1 415 555 0100"}'])
  })
  it('decodes escaped keys as a server would', () => {
    expect(slices('{"dev\\u004bey":"k"}')).toEqual(['"k"'])
  })
  it('reads a {name, value} pair by its name', () => {
    expect(slices('[{"name":"X-Session-Id","value":"s-2"},{"name":"page","value":"3"}]')).toEqual(['"s-2"'])
  })
  it('stops without throwing on text that is not JSON', () => {
    expect(slices('{"sessionId": ')).toEqual(['{"sessionId": '])
    expect(secretSpans('not json')).toEqual([])
  })
})

describe('one-time codes (SMS, voice, authenticator) by name', () => {
  const CODE_NAMES = [
    'code',
    'otp',
    'pin',
    'passcode',
    'mfaCode',
    'smsCode',
    'verificationCode',
    'mfa_code',
    'X-MFA-Code',
    'sms-otp',
    'totp',
    'authCode',
    'securityCode',
    'confirmationCode',
    'oneTimeCode',
    'twoFactorPin',
  ]
  const PUBLIC_NAMES = [
    'errorCode',
    'error_code',
    'statusCode',
    'countryCode',
    'currencyCode',
    'zipCode',
    'barcode',
  ]

  it('hides the code under every spelling, in a HAR body, query and header', () => {
    for (const name of CODE_NAMES) {
      const entry = emptyEntry(
        `https://gateway.stage.bill.com/connect/v3/mfa/challenge/validate?${name}=731904`,
      )
      entry.request.headers.push({ name, value: '731904' })
      entry.request.postData = {
        mimeType: 'application/json',
        text: JSON.stringify({ challengeId: '!c1', [name]: '482913' }),
      }
      const out = JSON.stringify(redactHar(harOf(entry)))
      expect(out, name).not.toContain('482913')
      expect(out, name).not.toContain('731904')
      expect(out, name).toContain('!c1')
    }
  })
  it('keeps codes that are not one-time codes readable', () => {
    for (const name of PUBLIC_NAMES) expect(isSecretName(name), name).toBe(false)
  })
  it("keeps BILL's error code readable under `code` (v3 error array, {name, value} pairs, text)", () => {
    const v3 =
      '[{"timestamp":"2025-10-02T17:56:51.933+00:00","code":"BDC_1380","severity":"ERROR","category":"DOWNSTREAM","message":"Backup phone is no longer supported.","params":{}}]'
    expect(redactText(v3)).toBe(v3)
    expect(redactText('{"fields":[{"name":"code","value":"BDC_1109"}]}')).toContain('BDC_1109')
    expect(redactText('code=BDC_1361&message=Untrusted')).toBe('code=BDC_1361&message=Untrusted')
    expect(redactText('<error><code>BDC_1354</code></error>')).toContain('BDC_1354')
    // …while a one-time code under the same name is hidden.
    expect(redactText('{"code":"482913"}')).toBe('{"code":"[redacted]"}')
  })
})

describe('ids and timestamps are no phones', () => {
  it('keeps org, user and object ids whole, and timestamps, in JSON and free text', () => {
    const ids =
      '{"organizationId":"00801QAMFAORG0000001","userId":"00601QAUSER000000001","id":"0pb01ABCDEF234567890","createdTime":"1733560000","at":"2024-08-31 10:00:00","ms":"1733560000123"}'
    expect(redactText(ids)).toBe(ids)
    const text = 'org 00801QAMFAORG0000001 user 00601QAUSER000000001 at 1733560000 on 2024-08-31 10:00:00'
    expect(redactText(text)).toBe(text)
  })
  it('still hides phones in the same places', () => {
    expect(redactText('{"to":"+12025550143"}')).toBe('{"to":"[redacted]"}')
    expect(redactText('call 202-555-0143 now')).toBe('call [redacted] now')
  })
})

describe('{key, value} pairs (Postman)', () => {
  it('hides the value when any of the names says it is a secret', () => {
    const postman =
      '{"header":[{"name":"Dev key header","key":"devKey","value":"DK-postman-7f3c9a","type":"text"}]}'
    expect(redactText(postman)).not.toContain('DK-postman-7f3c9a')
    expect(redactText('{"key":"page","value":"3","name":"Page"}')).toContain('"3"')
  })
})

describe('cookie values known by value', () => {
  it('masks a quoted cookie value elsewhere and keeps the JSON around it valid', () => {
    const entry = emptyEntry('https://gateway.stage.bill.com/connect/v3/orgs')
    entry.request.headers.push({ name: 'Cookie', value: 'lang=en; sid="Qw7eLongCookie42"' })
    entry.response.content.text = '{"ref":"Qw7eLongCookie42"}'
    const har = harOf(entry)
    const text = redactHar(har).log.entries[0]?.response.content.text ?? ''
    expect(JSON.parse(text)).toEqual({ ref: REDACTED })
  })
})
