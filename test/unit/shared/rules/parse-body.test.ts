import { describe, expect, it } from 'vitest'
import { parseBody, tryJson } from '../../../../src/shared/rules/parse-body.ts'

const body = (text: string, mimeType?: string) =>
  parseBody({ body: { text, ...(mimeType ? { mimeType } : {}) } })

describe('tryJson', () => {
  it('parses JSON, with or without a leading BOM, and reports failure', () => {
    expect(tryJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(tryJson('\uFEFF[true]')).toEqual({ ok: true, value: [true] })
    expect(tryJson('\uFEFF')).toEqual({ ok: false })
    expect(tryJson('x{}')).toEqual({ ok: false })
    // Only a leading BOM is dropped: one anywhere else is not JSON's whitespace.
    expect(tryJson(' \uFEFF1')).toEqual({ ok: false })
  })
})

describe('parseBody: which kind', () => {
  it('reads JSON by its content type in any case, or by a body that starts like JSON', () => {
    expect(body('1', 'Application/JSON')).toEqual({ kind: 'json', value: 1, text: '1' })
    expect(body('"s"', 'application/problem+json')).toEqual({ kind: 'json', value: 's', text: '"s"' })
    expect(body('\n\t [1]')).toEqual({ kind: 'json', value: [1], text: '\n\t [1]' })
    // Starting like JSON is not enough when the content type says form.
    expect(body('{"a":1}', 'application/x-www-form-urlencoded')).toMatchObject({ kind: 'form' })
    // A number or a string only counts as JSON when the content type says so.
    expect(body('1')).toEqual({ kind: 'text', text: '1' })
  })

  it('reads a form by its content type in any case, or by a body that starts like name=', () => {
    expect(body('a', 'APPLICATION/X-WWW-FORM-URLENCODED')).toMatchObject({
      kind: 'form',
      value: [{ name: 'a', value: '' }],
    })
    expect(body('a=1&b=2')).toMatchObject({ kind: 'form' })
    for (const notForm of ['=1', ' a=1', 'a b=1', '{a=1', '"a"=1', 'a&b=1', '[=1', 'a]=1', 'a}=1'])
      expect(body(notForm).kind, notForm).toBe('text')
    // A JSON content type never reads as a form, whatever the body looks like.
    expect(body('a=1', 'application/json')).toEqual({ kind: 'text', text: 'a=1' })
  })
})

describe('parseBody: forms', () => {
  it('keeps fields in order with duplicates, decoding + and escapes, and a name without a value', () => {
    expect(body('b=1&a=x+y&b=%41&&flag&c=a=b')).toMatchObject({
      kind: 'form',
      value: [
        { name: 'b', value: '1' },
        { name: 'a', value: 'x y' },
        { name: 'b', value: 'A' },
        { name: 'flag', value: '' },
        { name: 'c', value: 'a=b' },
      ],
    })
  })

  it('reads the first data field as the v2 JSON, and keeps invalid data as text only', () => {
    const first = body('data=%7B%22a%22%3A1%7D&data=%7B%22a%22%3A2%7D')
    expect(first).toMatchObject({ dataText: '{"a":1}', dataJson: { a: 1 } })
    const invalid = body('data=not+json')
    expect(invalid).toMatchObject({ kind: 'form', dataText: 'not json' })
    expect(invalid.kind === 'form' && 'dataJson' in invalid).toBe(false)
    const none = body('x=1')
    expect(none.kind === 'form' && 'dataText' in none).toBe(false)
  })

  it('shows a body given only as params as the form it was, and reads its data', () => {
    const p = parseBody({ body: { text: '', params: [{ name: 'a b', value: 'c&d' }] } })
    expect(p).toEqual({ kind: 'form', value: [{ name: 'a b', value: 'c&d' }], text: 'a+b=c%26d' })
    expect(parseBody({ body: { params: [] } })).toEqual({ kind: 'empty', text: '' })
  })
})

describe('parseBody: the edges of each kind', () => {
  it('reads a field written "=value" as the empty name with that value', () => {
    expect(body('a=1&=2')).toMatchObject({
      kind: 'form',
      value: [
        { name: 'a', value: '1' },
        { name: '', value: '2' },
      ],
    })
  })

  it('reads JSON by its look only when it opens with [ or {, not when one comes later', () => {
    expect(body('"{"')).toEqual({ kind: 'text', text: '"{"' })
    expect(body('1 [2]')).toEqual({ kind: 'text', text: '1 [2]' })
  })
})
