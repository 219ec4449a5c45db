import { describe, expect, it } from 'vitest'
import { ManyStringsMatcher } from '../../../../src/shared/redact/many-strings-matcher.ts'

// The first pattern (index 0) found through a fail link: a pattern that ends inside a longer one.

describe('ManyStringsMatcher', () => {
  it('finds the first pattern where it ends inside a longer pattern', () => {
    const found = ManyStringsMatcher.of(['bc', 'abc']).find('xabcx')
    expect(found).toEqual([
      { start: 1, end: 4, pattern: 1 },
      { start: 2, end: 4, pattern: 0 },
    ])
    expect(ManyStringsMatcher.of(['bc', 'abd']).find('abc')).toEqual([{ start: 1, end: 3, pattern: 0 }])
  })
})
