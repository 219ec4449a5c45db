import { describe, expect, it } from 'vitest'
import {
  looksLikePhone,
  REDACTED,
  redactBodyText,
  redactText,
  redactUrl,
  secretSpans,
} from '../../src/shared/redact/index.ts'

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
