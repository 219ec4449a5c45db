import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { topLevelMembers } from '../../../../src/shared/rules/json-members.ts'
import { parseBody } from '../../../../src/shared/rules/parse-body.ts'
import { runs } from '../../property-runs.ts'

describe('parseBody', () => {
  it('reads JSON by content type or by its look', () => {
    expect(parseBody({ body: { mimeType: 'application/json', text: '{"a":1}' } })).toMatchObject({
      kind: 'json',
      value: { a: 1 },
    })
    expect(parseBody({ body: { text: ' [1]' } })).toMatchObject({ kind: 'json', value: [1] })
    expect(parseBody({ body: { text: '\uFEFF{"a":true}' } })).toMatchObject({
      kind: 'json',
      value: { a: true },
    })
  })

  it('keeps broken JSON as text', () => {
    expect(parseBody({ body: { mimeType: 'application/json', text: '{"a":' } })).toEqual({
      kind: 'text',
      text: '{"a":',
    })
  })

  it('decodes v2 form bodies and their data JSON, percent-encoded or not', () => {
    const encoded = parseBody({
      body: {
        mimeType: 'application/x-www-form-urlencoded; charset=UTF-8',
        text: 'devKey=k&data=%7B%22useBackup%22%3A+true%7D',
      },
    })
    expect(encoded).toMatchObject({
      kind: 'form',
      dataText: '{"useBackup": true}',
      dataJson: { useBackup: true },
      value: [
        { name: 'devKey', value: 'k' },
        { name: 'data', value: '{"useBackup": true}' },
      ],
    })
    const raw = parseBody({ body: { text: 'data={"memo":"100%"}' } })
    expect(raw).toMatchObject({ kind: 'form', dataJson: { memo: '100%' } })
  })

  it('builds a display text from params-only bodies', () => {
    const p = parseBody({ body: { params: [{ name: 'data', value: '{"a":1}' }] } })
    expect(p).toMatchObject({ kind: 'form', text: 'data=%7B%22a%22%3A1%7D', dataJson: { a: 1 } })
  })

  it('returns empty and text kinds', () => {
    expect(parseBody({})).toEqual({ kind: 'empty', text: '' })
    expect(parseBody({ body: { text: '' } })).toEqual({ kind: 'empty', text: '' })
    expect(parseBody({ body: { mimeType: 'text/plain', text: 'hello world' } })).toEqual({
      kind: 'text',
      text: 'hello world',
    })
  })
})

describe('topLevelMembers', () => {
  it('locates keys and values, skipping nested objects, arrays and escaped strings', () => {
    const text = '{ "a\\"}" : {"primary":false, "x":[1,{"y":"}"}]}, "b\\u0042": -1.5e3 , "c":"\\\\"}'
    const members = topLevelMembers(text)
    expect(members.map((m) => m.key)).toEqual(['a"}', 'bB', 'c'])
    expect(members.map((m) => text.slice(...m.valueRange))).toEqual([
      '{"primary":false, "x":[1,{"y":"}"}]}',
      '-1.5e3',
      '"\\\\"',
    ])
  })

  it('reads a leading BOM, non-ASCII keys and values, and spaces JSON allows, in UTF-16 offsets', () => {
    const text = '\uFEFF {\r\n\t"ünï": "𝄞 😀" ,\n "useBackup" :\ttrue }'
    const members = topLevelMembers(text)
    expect(members.map((m) => m.key)).toEqual(['ünï', 'useBackup'])
    expect(members.map((m) => text.slice(...m.range))).toEqual(['"ünï": "𝄞 😀"', '"useBackup" :\ttrue'])
    expect(members.map((m) => text.slice(...m.valueRange))).toEqual(['"𝄞 😀"', 'true'])
  })

  it('finds every member of any JSON object, with ranges that hold exactly it', () => {
    const layout = fc.constantFrom<(v: unknown) => string>(
      (v) => JSON.stringify(v),
      (v) => JSON.stringify(v, null, 2),
      (v) => `\uFEFF${JSON.stringify(v, null, '\t').replace(/\n/g, '\r\n')}`,
    )
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), layout, (doc, write) => {
        const text = write(doc)
        const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
        const members = topLevelMembers(text)
        expect(new Set(members.map((m) => m.key))).toEqual(new Set(Object.keys(parsed)))
        for (const m of members) {
          expect(JSON.parse(`{${text.slice(...m.range)}}`)).toEqual({ [m.key]: parsed[m.key] })
          expect(JSON.parse(text.slice(...m.valueRange))).toEqual(parsed[m.key])
        }
      }),
      runs(500),
    )
  })

  it('gives nothing for non-objects and stops on garbage without throwing', () => {
    expect(topLevelMembers('[{"a":1}]')).toEqual([])
    expect(topLevelMembers('')).toEqual([])
    expect(topLevelMembers('{"a":1 "b":2}').map((m) => m.key)).toEqual(['a'])
    expect(topLevelMembers('{"a":').map((m) => m.key)).toEqual([])
    // A key whose escape is not JSON's ends the members there.
    expect(topLevelMembers('{"a":1,"b\\x":2,"c":3}').map((m) => m.key)).toEqual(['a'])
  })
})
