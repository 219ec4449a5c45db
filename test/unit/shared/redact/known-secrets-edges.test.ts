import { describe, expect, it } from 'vitest'
import { canonicalText, sourceRange } from '../../../../src/shared/redact/canonical-text.ts'
import { KnownSecrets, NO_SECRETS, REDACTED } from '../../../../src/shared/redact/index.ts'
import { ManyStringsMatcher } from '../../../../src/shared/redact/many-strings-matcher.ts'

// Redaction by value at its edges: which values are kept, where a short one counts as a whole token, which
// spellings are read, and copies made only where something changed.

const LONG = 's-12345678'

describe('KnownSecrets: the values it keeps', () => {
  it('trims values and drops the short, the JSON words and the mask itself', () => {
    const known = new KnownSecrets([' abcd ', 'abc', 'TRUE', 'False', 'null', 'undefined', REDACTED, '    '])
    expect(known.list()).toEqual(['abcd'])
    expect(known.size).toBe(1)
  })

  it('adds only new values, and is itself when nothing is new', () => {
    const known = new KnownSecrets([LONG])
    expect(known.with([LONG, ` ${LONG} `, 'ab'])).toBe(known)
    const more = known.with(['t-87654321', LONG])
    expect(more.list()).toEqual([LONG, 't-87654321'])
    expect(known.list()).toEqual([LONG])
  })

  it('masks nothing without values, and nothing in a text shorter than the shortest value', () => {
    expect(NO_SECRETS.mask(LONG)).toBe(LONG)
    expect(NO_SECRETS.spans(LONG)).toEqual([])
    const known = new KnownSecrets(['abcd'])
    expect(known.mask('abc')).toBe('abc')
    expect(known.mask('abcd')).toBe(REDACTED)
    expect(known.spans('abcd')).toEqual([{ start: 0, end: 4, replacement: REDACTED }])
  })
})

describe('KnownSecrets: short values as whole tokens', () => {
  it('counts letters, digits, _ and - as part of a word, and nothing else', () => {
    const known = new KnownSecrets(['Ab12'])
    for (const c of ['0', '9', 'A', 'Z', 'a', 'z', '_', '-']) {
      expect(known.mask(`${c}Ab12`), c).toBe(`${c}Ab12`)
      expect(known.mask(`Ab12${c}`), c).toBe(`Ab12${c}`)
    }
    for (const c of ['/', ':', '@', '[', '`', '{', '.', ' ', '"'])
      expect(known.mask(`${c}Ab12${c}`), c).toBe(`${c}${REDACTED}${c}`)
  })

  it('finds a long value inside a longer word, and a short one that is also a long one anywhere', () => {
    const known = new KnownSecrets([LONG, 'Ab12'])
    expect(known.mask(`x${LONG}y`)).toBe(`x${REDACTED}y`)
    // 'Ab12' spelled as 8 characters (percent) is sought as a token still.
    expect(new KnownSecrets(['a b&']).mask('xa%20b%26y a+b&')).toBe(`xa%20b%26y ${REDACTED}`)
  })
})

describe('KnownSecrets: spellings', () => {
  it('finds a value in each spelling a capture gives it, and masks the spelling where it stands', () => {
    const value = 'p&ss "w\\rd" é<>'
    const known = new KnownSecrets([value])
    for (const spelled of [
      value,
      encodeURIComponent(value),
      new URLSearchParams({ v: value }).toString().slice(2),
      JSON.stringify(value).slice(1, -1),
      value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    ])
      expect(known.mask(`[${spelled}]`), spelled).toBe(`[${REDACTED}]`)
    expect(known.mask(`[${value.slice(1)}]`)).toBe(`[${value.slice(1)}]`)
  })

  it('reads single quotes spelled as XML and bytes that are no UTF-8', () => {
    expect(new KnownSecrets(["it's-12345"]).mask('x it&apos;s-12345 x')).toBe(`x ${REDACTED} x`)
    const canonical = canonicalText('a%FFb%e9')
    expect(canonical.text).toBe('a\u00ffb\u00e9')
    expect(sourceRange(canonical, 1, 2)).toEqual([1, 4])
    expect(sourceRange(canonical, 3, 4)).toEqual([5, 8])
  })
})

describe('canonicalText', () => {
  it('decodes each escape once and maps each character back to its source', () => {
    const cases: [string, string][] = [
      ['a+b', 'a b'],
      ['%41%42', 'AB'],
      ['%4', '%4'],
      ['%zz', '%zz'],
      ['%C3%A9', 'é'],
      ['\\u0041\\"\\/', 'A"/'],
      ['\\\\u0041', 'A'],
      ['\\n\\u00zz', '\\n\\u00zz'],
      ['&amp;&LT;&#65;&#x42;&#X43;', '&<ABC'],
      ['&nbsp;&#x110000;&#9999999;&', '&nbsp;&#x110000;&#9999999;&'],
      ['plain', 'plain'],
    ]
    for (const [text, decoded] of cases) expect(canonicalText(text).text, text).toBe(decoded)
    const c = canonicalText('x%41&amp;y')
    expect([sourceRange(c, 0, 1), sourceRange(c, 1, 2), sourceRange(c, 2, 3), sourceRange(c, 3, 4)]).toEqual([
      [0, 1],
      [1, 4],
      [4, 9],
      [9, 10],
    ])
    expect(sourceRange(canonicalText('plain'), 1, 3)).toEqual([1, 3])
  })
})

describe('maskDeep', () => {
  it('copies only what changed, and returns the value itself when nothing did', () => {
    const known = new KnownSecrets([LONG])
    const untouched = { a: ['x', 1, null, { b: true }], c: 'y' }
    expect(known.maskDeep(untouched)).toBe(untouched)
    expect(NO_SECRETS.maskDeep(untouched)).toBe(untouched)
    const value = { a: ['x', LONG, { b: `id ${LONG}` }], keep: { z: 1 } }
    const masked = known.maskDeep(value)
    expect(masked).toEqual({ a: ['x', REDACTED, { b: `id ${REDACTED}` }], keep: { z: 1 } })
    expect(masked.keep).toBe(value.keep)
    expect(value.a[1]).toBe(LONG)
  })
})

describe('prepare and the matcher built in steps', () => {
  it('finds the same after a build in steps, with pauses between them', async () => {
    const secrets = Array.from({ length: 600 }, (_, i) => `secret-${i.toString().padStart(4, '0')}`)
    const known = new KnownSecrets(secrets)
    let pauses = 0
    await known.prepare(async () => {
      pauses++
    })
    expect(pauses).toBeGreaterThan(1)
    expect(known.mask('a secret-0599 b secret-0000 secret-9999')).toBe(
      `a ${REDACTED} b ${REDACTED} secret-9999`,
    )
    await NO_SECRETS.prepare(() => Promise.reject(new Error('no build for an empty set')))
  })

  it('matches through fail links in a larger trie as searching each pattern does', async () => {
    const patterns = ['abcd', 'bcde', 'cdef', 'bc', 'c', 'xabc', 'dx']
    const text = 'xabcdefabcdxabc'
    const matcher = await ManyStringsMatcher.inSlices(patterns, async () => undefined)
    const expected: [number, number, number][] = []
    patterns.forEach((p, pattern) => {
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length))
        expected.push([at, at + p.length, pattern])
    })
    const found = matcher.find(text).map((o): [number, number, number] => [o.start, o.end, o.pattern])
    const order = (a: [number, number, number], b: [number, number, number]) => a[1] - b[1] || a[2] - b[2]
    expect(found.sort(order)).toEqual(expected.sort(order))
    expect(ManyStringsMatcher.of(patterns).find(text)).toEqual(matcher.find(text))
  })
})
