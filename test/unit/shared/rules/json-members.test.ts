import { describe, expect, it } from 'vitest'
import { topLevelMembers } from '../../../../src/shared/rules/json-members.ts'

const keys = (text: string) => topLevelMembers(text).map((m) => m.key)

describe('topLevelMembers reads only an object, member by member', () => {
  it('finds no member in text that does not open with "{", even when a member follows', () => {
    expect(keys('["a":1]')).toEqual([])
    expect(keys('x"a":1')).toEqual([])
    expect(keys('{"a":1}')).toEqual(['a'])
  })

  it('stops at a key that does not open with a quote, even when a quote follows', () => {
    expect(keys('{xa":1}')).toEqual([])
    expect(keys('{"a":1,xb":2}')).toEqual(['a'])
  })

  it('stops at a key followed by anything but a colon', () => {
    expect(keys('{"a"=1}')).toEqual([])
    expect(keys('{"a":1,"b"x2}')).toEqual(['a'])
  })

  it('stops at a key whose escapes are not JSON, and decodes those that are', () => {
    expect(keys('{"\\x":1,"b":2}')).toEqual([])
    expect(keys('{"\\u0061\\"":1}')).toEqual(['a"'])
  })

  it('stops after the object ends: what follows it is not a member', () => {
    expect(keys('{"a":1}"b":2')).toEqual(['a'])
    expect(keys('{"a":1} ,"b":2')).toEqual(['a'])
  })

  it('gives each member its whole range and its value range, spaces outside both', () => {
    const text = '{ "a" : [1, {"x":2}] , "b":"s" }'
    expect(topLevelMembers(text)).toEqual([
      { key: 'a', range: [2, 20], valueRange: [8, 20] },
      { key: 'b', range: [23, 30], valueRange: [27, 30] },
    ])
    expect(text.slice(8, 20)).toBe('[1, {"x":2}]')
  })
})
