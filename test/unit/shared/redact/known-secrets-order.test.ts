import { describe, expect, it } from 'vitest'
import { KnownSecrets } from '../../../../src/shared/redact/index.ts'

// spans() is read unmerged by the panel's marked views (a name's marks): they come in text order, and of two
// that start together the longer first, whatever order the search found them in (by where they end).

const ranges = (known: KnownSecrets, text: string) => known.spans(text).map((s) => [s.start, s.end])

describe('KnownSecrets.spans order', () => {
  it('puts a match that starts earlier first, though it ends later', () => {
    expect(ranges(new KnownSecrets(['abcdefghijkl', 'cdefghij']), '<abcdefghijkl>')).toEqual([
      [1, 13],
      [3, 11],
    ])
  })

  it('puts the longer of two matches that start together first', () => {
    expect(ranges(new KnownSecrets(['abcdefgh', 'abcdefghij']), '<abcdefghij>')).toEqual([
      [1, 11],
      [1, 9],
    ])
  })
})
