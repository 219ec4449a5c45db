import { describe, expect, it } from 'vitest'
import {
  KnownSecrets,
  REDACTED,
  redactText,
  secretSpans,
  valueSpans,
} from '../../../../src/shared/redact/index.ts'
import { redactNamedValue, secretsIn } from '../../../../src/shared/redact/text-spans.ts'

// Free text and texts of any shape: assignments to secret names and phones are hidden where they stand; a
// body that names a secret it cannot locate is hidden whole; what names no secret stays as written.

describe('redactText on free text', () => {
  it('hides the value of each assignment to a secret name, quoted or not, to the end of its line', () => {
    expect(redactText('password: hunter2 now\nnext: line')).toBe(`password: ${REDACTED}\nnext: line`)
    expect(redactText(`"token"\t:\t"a b"\n'devKey'='k 1';memo=1`)).toBe(
      `"token"\t:\t${REDACTED}\n'devKey'=${REDACTED};memo=1`,
    )
    expect(redactText('sessionId = "s 1", page=2')).toBe(`sessionId = ${REDACTED}, page=2`)
    expect(redactText('line one\nmfaId=m-1&x=2')).toBe(`line one\nmfaId=${REDACTED}&x=2`)
  })

  it('keeps a BILL code under a secret name, and then does not hide the whole text', () => {
    const text = 'code=BDC_1109\nafter a wrong password'
    expect(redactText(text)).toBe(text)
  })

  it('hides a text whole when it names a secret it gives no readable value', () => {
    expect(redactText('memo=1\nthe password is hunter2')).toBe('[redacted: 30 characters]')
    expect(redactText('password=\nthen more')).toBe('[redacted: 19 characters]')
    expect(redactText('the password is hunter2')).toBe('[redacted: 23 characters]')
    expect(redactText('memo: nothing to hide')).toBe('memo: nothing to hide')
  })

  it('hides phone runs and keeps the digits inside ids and words', () => {
    expect(redactText('call +1 415 555 0100 or (415) 555-0101.')).toBe(`call ${REDACTED} or (${REDACTED}.`)
    for (const text of ['org 00801QAMFAORG0000001', 'at 1733560000', 'id x4155550100', '4155550100y'])
      expect(redactText(text)).toBe(text)
  })
})

describe('valueSpans (a value under a name that is not secret)', () => {
  it('never hides free text whole, but still hides what it locates', () => {
    expect(valueSpans('Invalid 2-Step Verification token.')).toEqual([])
    expect(valueSpans('the password is hunter2')).toEqual([])
    const text = 'password: x'
    expect(valueSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['x'])
  })
})

describe('texts of each shape', () => {
  it('reads JSON, markup, multipart, a URL and a form by their own syntax', () => {
    expect(redactText('{"sessionId":"s-1","n":1}')).toBe('{"sessionId":"[redacted]","n":1}')
    expect(redactText('<devKey>k-1</devKey>')).toBe(`<devKey>${REDACTED}</devKey>`)
    expect(redactText('--b\r\nname="token"\r\n\r\nt-1\r\n--b--')).toBe(
      `--b\r\nname="token"\r\n\r\n${REDACTED}\r\n--b--`,
    )
    expect(redactText('/v3/x?token=t-1')).toBe(`/v3/x?token=${encodeURIComponent(REDACTED)}`)
    expect(redactText('a=1&token=t-1')).toBe(`a=1&token=${encodeURIComponent(REDACTED)}`)
    expect(redactText('[1, "+1 415 555 0100"]')).toBe('[1, "[redacted]"]')
  })

  it('reads a JSON string that holds a text of its own, escaped or not', () => {
    expect(JSON.parse(redactText(JSON.stringify({ data: 'devKey=k-1&a=2' })))).toEqual({
      data: `devKey=${encodeURIComponent(REDACTED)}&a=2`,
    })
    expect(JSON.parse(redactText(JSON.stringify({ data: '{"mfaId":"m-1"}' })))).toEqual({
      data: '{"mfaId":"[redacted]"}',
    })
    expect(redactText('{"memo":"plain text"}')).toBe('{"memo":"plain text"}')
  })

  it('finds a known secret inside an escaped JSON string, and leaves an unescaped one to the outer search', () => {
    const known = new KnownSecrets(['s-12345678'])
    expect(redactText('{"memo":"a\\ts-12345678"}', known)).toBe('{"memo":"a\\t[redacted]"}')
    expect(redactText('{"memo":"a s-12345678"}', known)).toBe('{"memo":"a [redacted]"}')
    expect(redactText('', known)).toBe('')
  })
})

describe('redactNamedValue', () => {
  it('hides a value under a secret name whole, and reads any other by its shape', () => {
    expect(redactNamedValue('X-Session-Id', 'abc')).toBe(REDACTED)
    expect(redactNamedValue('Referer-Note', 'token=t-1&a=2')).toBe(
      `token=${encodeURIComponent(REDACTED)}&a=2`,
    )
    expect(redactNamedValue('Accept', 'text/html')).toBe('text/html')
    expect(redactNamedValue('X-Note', 'the password is x')).toBe('the password is x')
    expect(redactNamedValue('X-Note', 'id s-12345678', new KnownSecrets(['s-12345678']))).toBe(
      `id ${REDACTED}`,
    )
  })
})

describe('secretsIn (credentials a text reveals, to mask everywhere)', () => {
  it('gives the values under credential names, decoded, and nothing for other secrets', () => {
    expect(secretsIn('sessionId=s%201&userName=ann&code=123456')).toEqual(['s 1'])
    expect(secretsIn('{"devKey":"k-1","phone":"+1 415 555 0100"}')).toEqual(['k-1'])
    expect(secretsIn('Authorization: Bearer abc')).toEqual(['Bearer abc'])
    expect(secretsIn('nothing here')).toEqual([])
    expect(secretsIn('userName=ann')).toEqual([])
  })

  it('reports where each secret is, merged in text order', () => {
    const text = '{"b":{"token":"t-1"},"a":"x","sessionId":"s-1"}'
    expect(secretSpans(text).map((s) => [text.slice(s.start, s.end), s.value])).toEqual([
      ['"t-1"', 't-1'],
      ['"s-1"', 's-1'],
    ])
  })
})
