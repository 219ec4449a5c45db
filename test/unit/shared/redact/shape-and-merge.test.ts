import { describe, expect, it } from 'vitest'
import {
  bodyShape,
  KnownSecrets,
  REDACTED,
  redactText,
  secretSpans,
} from '../../../../src/shared/redact/index.ts'
import { secretsIn } from '../../../../src/shared/redact/text-spans.ts'

// A body's shape read from its text, the merge of the spans found in it, and what JSON values give to be
// remembered: each case fails if the shape, the order or the span were read another way.

const MASK = encodeURIComponent(REDACTED)

describe('bodyShape', () => {
  it('reads JSON after any leading space, and nothing else as JSON', () => {
    expect(bodyShape(' \n {"a":1}').kind).toBe('json')
    expect(bodyShape('\uFEFF{"a":1}').kind).toBe('json')
    expect(bodyShape('"a"').kind).toBe('json')
    expect(bodyShape('[1]').kind).toBe('json')
    for (const text of ['12', '-1', 'null', 'true', '{bad', ''])
      expect(bodyShape(text).kind, text).not.toBe('json')
  })

  it('tells a URL, a form, markup and text apart', () => {
    expect(bodyShape('/a?b=1').kind).toBe('url')
    expect(bodyShape('https://h/a;b=1').kind).toBe('url')
    expect(bodyShape('a=1&b=2').kind).toBe('form')
    expect(bodyShape('  <a/>').kind).toBe('markup')
    expect(bodyShape('--b\r\n\r\n').kind).toBe('multipart')
    expect(bodyShape('hello')).toEqual({ kind: 'text' })
  })

  it('redacts each shape by its own syntax', () => {
    expect(redactText('  {"sessionId":"s"}')).toBe('  {"sessionId":"[redacted]"}')
    expect(redactText('"sessionId=abc&x=1"')).toBe(`"sessionId=${MASK}&x=1"`)
    expect(redactText('/a;token=t1/b?x=1')).toBe(`/a;token=${MASK}/b?x=1`)
    expect(redactText('-4155550100')).toBe(`-${REDACTED}`)
  })
})

describe('merging spans', () => {
  it('drops empty spans: an empty secret value stays empty', () => {
    expect(redactText('a=1&token=')).toBe('a=1&token=')
  })

  it('keeps two secrets side by side as two masks, and joins two that cross', () => {
    expect(new KnownSecrets(['AAAAAAAA', 'BBBBBBBB']).mask('xAAAAAAAABBBBBBBBx')).toBe(
      `x${REDACTED}${REDACTED}x`,
    )
    expect(new KnownSecrets(['AAAABBBB', 'BBBBCCCC']).mask('xAAAABBBBCCCCx')).toBe(`x${REDACTED}x`)
  })

  it("keeps the outer span's syntax when a known secret starts or ends with it", () => {
    const known = new KnownSecrets(['s-12345678', '12345678'])
    expect(redactText('token=s-12345678xyz', known)).toBe(`token=${MASK}`)
    expect(redactText('{"token":12345678}', known)).toBe('{"token":"[redacted]"}')
  })

  it('orders spans by where they start, whatever found them', () => {
    const text = '{"memo":"s-12345678","token":"t"}'
    const spans = secretSpans(text, new KnownSecrets(['s-12345678']))
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['s-12345678', '"t"'])
  })
})

describe('JSON values under secret names', () => {
  it('remembers strings and numbers under credential names, nothing else', () => {
    expect(secretsIn('{"token":12345678}')).toEqual(['12345678'])
    expect(secretsIn('{"token":{"x":"y"},"devKey":true}')).toEqual([])
    expect(secretsIn('{"userName":"ann12345","sessionId":"s-1"}')).toEqual(['s-1'])
  })

  it('reads a pair by its name members only', () => {
    const text = '{"memo":"password","value":"visible"}'
    expect(redactText(text)).toBe(text)
    expect(redactText('{"key":"password","value":"hidden"}')).toBe('{"key":"password","value":"[redacted]"}')
  })

  it('hides a phone string whole, spaces around it included', () => {
    expect(redactText('{"to":" +1 415 555 0100 "}')).toBe('{"to":"[redacted]"}')
    expect(redactText('[" +1 415 555 0100 "]')).toBe('["[redacted]"]')
  })
})
