import { describe, expect, it } from 'vitest'
import { KnownSecrets, REDACTED } from '../../../../src/shared/redact/index.ts'

// maskDeep walks any JSON-like value a HAR carries (browser extras such as _initiator): what is no string,
// array or object (null, numbers, booleans) comes back as it was.

describe('KnownSecrets.maskDeep', () => {
  it('keeps null, numbers and booleans at any depth, and masks the strings beside them', () => {
    const known = new KnownSecrets(['k-7654321'])
    const value = { a: null, b: 3, c: [true, null, 'x k-7654321'], d: { e: false, f: 0 } }
    expect(known.maskDeep(value)).toEqual({
      a: null,
      b: 3,
      c: [true, null, `x ${REDACTED}`],
      d: { e: false, f: 0 },
    })
    for (const leaf of [null, 7, false, undefined]) expect(known.maskDeep(leaf)).toBe(leaf)
  })
})
