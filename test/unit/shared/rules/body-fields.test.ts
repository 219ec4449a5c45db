import { describe, expect, it } from 'vitest'
import { bodyFields, fieldOccurrences, pointerOf } from '../../../../src/shared/rules/body-fields.ts'
import { mayFlagAboveInfo } from '../../../../src/shared/rules/body-rule-fields.ts'
import { topLevelMembers } from '../../../../src/shared/rules/json-members.ts'
import { parseBody } from '../../../../src/shared/rules/parse-body.ts'
import { isBillCredentialParam, queryParams } from '../../../../src/shared/rules/query-params.ts'

const json = (text: string) => parseBody({ body: { mimeType: 'application/json', text } })
const form = (text: string) => parseBody({ body: { mimeType: 'application/x-www-form-urlencoded', text } })

describe('bodyFields', () => {
  it('are the v3 body object, or the v2 data object, and nothing else', () => {
    expect(bodyFields(json('{"a":1}'))).toMatchObject({ in: 'body', text: '{"a":1}' })
    expect(bodyFields(form('data=%7B%22a%22%3A1%7D'))).toMatchObject({ in: 'data', text: '{"a":1}' })
    for (const other of [
      json('[1]'),
      json('null'),
      json('"s"'),
      form('data=%5B1%5D'),
      form('data=null'),
      form('a=1'),
    ])
      expect(bodyFields(other)).toBeUndefined()
    expect(bodyFields(parseBody({ body: { text: 'plain' } }))).toBeUndefined()
  })

  it('scans the members once, when first asked', () => {
    const fields = bodyFields(json('{"a":1,"b":2}'))
    const first = fields?.members
    expect(first?.map((m) => m.key)).toEqual(['a', 'b'])
    expect(fields?.members).toBe(first)
  })
})

describe('fieldOccurrences', () => {
  it('finds every top-level occurrence with its value, pointer and range', () => {
    const text = '{"useBackup":true,"x":{"useBackup":1},"useBackup":"false"}'
    const found = fieldOccurrences(bodyFields(json(text)), 'useBackup')
    expect(found).toEqual([
      { value: true, location: { in: 'body', pointer: '/useBackup', range: [1, 17] } },
      { value: 'false', location: { in: 'body', pointer: '/useBackup', range: [38, 57] } },
    ])
    expect(text.slice(38, 57)).toBe('"useBackup":"false"')
  })

  it('finds a key written with \\u escapes, and nothing where the name is not written', () => {
    const escaped = fieldOccurrences(bodyFields(json('{"use\\u0042ackup":true}')), 'useBackup')
    expect(escaped.map((o) => o.value)).toEqual([true])
    expect(fieldOccurrences(bodyFields(json('{"primary":true}')), 'useBackup')).toEqual([])
    expect(fieldOccurrences(undefined, 'useBackup')).toEqual([])
    // Written elsewhere than as a key: the text holds the name, no member is it.
    expect(fieldOccurrences(bodyFields(json('{"a":"useBackup"}')), 'useBackup')).toEqual([])
  })

  it('points into the v2 data text', () => {
    const found = fieldOccurrences(bodyFields(form('data=%7B%22primary%22%3Afalse%7D')), 'primary')
    expect(found).toEqual([{ value: false, location: { in: 'data', pointer: '/primary', range: [1, 16] } }])
  })

  it('escapes ~ and / in pointers as RFC 6901 says', () => {
    expect(pointerOf('a/b~c')).toBe('/a~1b~0c')
    expect(pointerOf('~1')).toBe('/~01')
  })
})

describe('topLevelMembers on what is not a whole object', () => {
  it('returns the members before the first syntax error, and none for non-objects', () => {
    expect(topLevelMembers('[1]')).toEqual([])
    expect(topLevelMembers('{}')).toEqual([])
    expect(topLevelMembers(' { } ')).toEqual([])
    expect(topLevelMembers('{"a":1,"b"}').map((m) => m.key)).toEqual(['a'])
    expect(topLevelMembers('{"a":1 "b":2}').map((m) => m.key)).toEqual(['a'])
    expect(topLevelMembers('{"a":1,').map((m) => m.key)).toEqual(['a'])
    expect(topLevelMembers('{"a":}')).toEqual([])
    expect(topLevelMembers('{"a')).toEqual([])
    expect(topLevelMembers('{a:1}')).toEqual([])
    expect(topLevelMembers('{"\\x":1}')).toEqual([])
    expect(topLevelMembers('\uFEFF{"a":1}').map((m) => m.range)).toEqual([[2, 7]])
    expect(topLevelMembers('x\uFEFF{"a":1}')).toEqual([])
  })
})

describe('mayFlagAboveInfo', () => {
  it('is true for a breaking MFA field written with its flagged value in any case, or a sign-in field name', () => {
    expect(mayFlagAboveInfo('{"useBackup":true}')).toBe(true)
    expect(mayFlagAboveInfo('{"useBackup":"TRUE"}')).toBe(true)
    expect(mayFlagAboveInfo('{"primary":false}')).toBe(true)
    for (const name of [
      'userName',
      'username',
      'orgId',
      'organizationId',
      'mfaId',
      'rememberMeId',
      'deviceId',
      'device',
    ])
      expect(mayFlagAboveInfo(`${name}=1`), name).toBe(true)
  })

  it('is false for the allowed values, other names and other cases of a name', () => {
    expect(mayFlagAboveInfo('{"amount":1}')).toBe(false)
    expect(mayFlagAboveInfo('{"useBackup":false}')).toBe(false)
    expect(mayFlagAboveInfo('{"primary":true}')).toBe(false)
    expect(mayFlagAboveInfo('{"UseBackup":true}')).toBe(false)
  })

  it('is true for any backslash or percent sign, which may spell a name', () => {
    expect(mayFlagAboveInfo('{"use\\u0042ackup":true}')).toBe(true)
    expect(mayFlagAboveInfo('use%42ackup=true')).toBe(true)
  })
})

describe('queryParams', () => {
  it('gives each parameter its decoded name and the range of name=value, up to the fragment', () => {
    const url = 'https://h/p?a=1&&dev%4Bey=x&flag&b=2#c=3&d=4'
    const params = queryParams(url)
    expect(params.map((p) => p.name)).toEqual(['a', 'devKey', 'flag', 'b'])
    expect(params.map((p) => url.slice(...p.range))).toEqual(['a=1', 'dev%4Bey=x', 'flag', 'b=2'])
  })

  it('reads nothing without a query, an empty one, and a query after a fragment', () => {
    expect(queryParams('https://h/p')).toEqual([])
    expect(queryParams('https://h/p?')).toEqual([])
    expect(queryParams('https://h/p?#x=1')).toEqual([])
    expect(queryParams('{{baseUrl}}/v3/login?password=x')).toEqual([{ name: 'password', range: [21, 31] }])
    expect(queryParams('https://h/p?a=1&')).toEqual([{ name: 'a', range: [12, 15] }])
  })

  it('knows the four credential names in any case, and only them', () => {
    for (const name of ['devKey', 'SESSIONID', 'userName', 'Password'])
      expect(isBillCredentialParam(name)).toBe(true)
    for (const name of ['orgId', 'dev', 'user', '']) expect(isBillCredentialParam(name)).toBe(false)
  })
})

describe('fieldOccurrences on fields built by hand', () => {
  it('skips an occurrence whose value is not JSON (its escapes are checked only here)', () => {
    const text = '{"a":"\\x","a":2}'
    expect(fieldOccurrences({ in: 'body', text, members: topLevelMembers(text) }, 'a')).toEqual([
      { value: 2, location: { in: 'body', pointer: '/a', range: [10, 15] } },
    ])
  })
})
