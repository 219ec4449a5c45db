import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locator } from '../../../../src/cli/source/position.ts'
import { runs } from '../../property-runs.ts'

// Line and column of every offset, against the slow definition: lines before it, characters since the last
// line break.
const naive = (text: string, offset: number) => {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }
}

describe('locator', () => {
  it('gives the 1-based line and column of every offset, line breaks included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\n', '\r', ' ')), (chars) => {
        const text = chars.join('')
        const at = locator(text)
        for (let offset = 0; offset <= text.length; offset++) expect(at(offset)).toEqual(naive(text, offset))
      }),
      runs(200),
    )
  })

  it('on the edges: a line break ends its line, the next line starts after it', () => {
    const at = locator('ab\n\ncd\n')
    expect([0, 2, 3, 4, 5, 6, 7].map((o) => at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 3, column: 2 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
    ])
    expect(locator('')(0)).toEqual({ line: 1, column: 1 })
  })
})
