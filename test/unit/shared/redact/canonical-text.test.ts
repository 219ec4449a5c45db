import { describe, expect, it } from 'vitest'
import { canonicalText } from '../../../../src/shared/redact/canonical-text.ts'

// The edges of each escape canonicalText decodes: where a percent run ends, what a backslash escape needs,
// entities in either case, and the last code point.

describe('canonicalText at the edges of its escapes', () => {
  it('ends a percent run at the first character that is not a %', () => {
    expect(canonicalText('%41z12tail').text).toBe('Az12tail')
  })

  it('decodes \\u with four hex digits only, and keeps other backslashes', () => {
    expect(canonicalText('\\u0041').text).toBe('A')
    expect(canonicalText('\\a0041').text).toBe('\\a0041')
  })

  it('reads entities in any case, up to the last code point and no further', () => {
    expect(canonicalText('&#X41;&AMP;&Lt;').text).toBe('A&<')
    expect(canonicalText('&#x10FFFF;').text).toBe(String.fromCodePoint(0x10ffff))
    expect(canonicalText('&#x110000;').text).toBe('&#x110000;')
  })
})
