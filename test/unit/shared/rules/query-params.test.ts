import { describe, expect, it } from 'vitest'
import { queryParams } from '../../../../src/shared/rules/query-params.ts'

describe('queryParams at the edges of a URL', () => {
  it('reads a query that is the whole URL (a relative "?name=value")', () => {
    expect(queryParams('?devKey=k&a=1')).toEqual([
      { name: 'devKey', range: [1, 9] },
      { name: 'a', range: [10, 13] },
    ])
  })

  it('names a parameter written "=value" with the empty name, not "=value"', () => {
    const url = 'https://h/p?=x&sessionId=s'
    expect(queryParams(url).map((p) => [p.name, url.slice(...p.range)])).toEqual([
      ['', '=x'],
      ['sessionId', 'sessionId=s'],
    ])
  })
})
