import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from '../../../../src/shared/json/tree.ts'
import { scanJson } from '../../../../src/shared/redact/json-scan.ts'

// The corners of JSON's grammar one by one, each judged as JSON.parse judges it: the generated texts of
// json-scan.test.ts rarely hold a tab, a carriage return, an upper-case exponent or a bare minus sign.

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const ACCEPTED = [
  '\t{\r\n "a" :\t[ 1 , 2 ]\r\n}\t',
  '1E5',
  '1e+5',
  '-1E-5',
  '-0.5e3',
  '0',
  '-0',
  '10',
  '0.25',
  'true',
  'false',
  'null',
  '"a\\"b"',
  '"\\\\"',
  '"\\u0041\\/"',
  '{}',
  '[]',
  '{ }',
  '[ ]',
  '{"a":{"b":[]}}',
  '[[],{}]',
  '" "',
]
const REJECTED = [
  '',
  ' ',
  '01',
  '-01',
  '1.',
  '.5',
  '-',
  '+1',
  '1e',
  '1e+',
  '1E-',
  '1.e5',
  'tru',
  'nul',
  'True',
  '"a',
  '"\\"',
  '"\u0001"',
  '"\u001f"',
  '"\\x"',
  '{a:1}',
  '{a":1}',
  '{1:2}',
  '{"a" 1}',
  '{"a":1,}',
  '{"a":1',
  '{"a":1]',
  '{,}',
  '[1,]',
  '[1 2]',
  '[1',
  '[1}',
  '[,]',
  '{"a":1}x',
  '1 2',
  '"a" "b"',
  '\uFEFF',
]

describe('scanJson: the grammar, corner by corner', () => {
  it.each(ACCEPTED)('accepts %j as JSON.parse does', (text) => {
    expect(parses(text.replace(/^\uFEFF/, ''))).toBe(true)
    expect(scanJson(text)).toBeDefined()
  })

  it.each(REJECTED)('rejects %j as JSON.parse does', (text) => {
    expect(parses(text.replace(/^\uFEFF/, ''))).toBe(false)
    expect(scanJson(text)).toBeUndefined()
  })

  it('places each value, spaces and a BOM left out', () => {
    const text = '\uFEFF \t{"k" : [true ,false,null, -1.5E+2, "s\\n"] ,"e":{}}\r\n'
    const root = scanJson(text)
    expect(root).toMatchObject({ kind: 'object', start: 3, end: text.length - 2, keys: ['k', 'e'] })
    const [list, empty] = root?.items ?? []
    expect(list).toMatchObject({ kind: 'array', start: 10 })
    expect(text.slice(list?.start, list?.end)).toBe('[true ,false,null, -1.5E+2, "s\\n"]')
    expect(list?.items?.map((v) => [v.kind, text.slice(v.start, v.end), v.value])).toEqual([
      ['literal', 'true', undefined],
      ['literal', 'false', undefined],
      ['literal', 'null', undefined],
      ['number', '-1.5E+2', undefined],
      ['string', '"s\\n"', 's\n'],
    ])
    expect(empty).toMatchObject({ kind: 'object', keys: [], items: [] })
    expect(text.slice(empty?.start, empty?.end)).toBe('{}')
  })

  it('gives a string its value, escaped or not, and keys their names', () => {
    expect(scanJson('"plain"')).toEqual({ kind: 'string', start: 0, end: 7, value: 'plain' })
    expect(scanJson('"a\\u00e9"')).toEqual({ kind: 'string', start: 0, end: 9, value: 'aé' })
    expect(scanJson('{"a\\"b": 1}')?.keys).toEqual(['a"b'])
    expect(scanJson('[]')).toEqual({ kind: 'array', start: 0, end: 2, items: [] })
  })

  it('counts objects and arrays alike toward the depth limit', () => {
    const nested = (depth: number) => `${'{"a":'.repeat(depth - 1)}[]${'}'.repeat(depth - 1)}`
    expect(scanJson(nested(MAX_JSON_DEPTH))).toBeDefined()
    expect(scanJson(nested(MAX_JSON_DEPTH + 1))).toBeUndefined()
    expect(scanJson(`[${nested(MAX_JSON_DEPTH)}]`)).toBeUndefined()
  })
})
