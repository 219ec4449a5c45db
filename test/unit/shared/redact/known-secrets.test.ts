import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalText, sourceRange } from '../../../../src/shared/redact/canonical-text.ts'
import { KnownSecrets, REDACTED } from '../../../../src/shared/redact/index.ts'
import { ManyStringsMatcher } from '../../../../src/shared/redact/many-strings-matcher.ts'
import { runs } from '../../property-runs.ts'

// Redaction by value seeks every known secret in one pass; it must find exactly what searching for each
// secret in turn (in each of its spellings, as the redaction did before) finds.

/** The spellings a value takes in captured text: plain, percent, form, JSON and XML. */
const spellings = (value: string) => [
  value,
  encodeURIComponent(value),
  new URLSearchParams({ v: value }).toString().slice(2),
  JSON.stringify(value).slice(1, -1),
  value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`),
]

/** One indexOf loop per spelling of each secret. */
function naiveSpans(secrets: readonly string[], text: string): [number, number][] {
  if (text.length < 8) return []
  const forms = new Set(secrets.flatMap((s) => spellings(s.trim()).map((f) => canonicalText(f).text)))
  const canonical = canonicalText(text)
  const out: [number, number][] = []
  for (const form of [...forms].filter((f) => f.length >= 8))
    for (let at = canonical.text.indexOf(form); at >= 0; at = canonical.text.indexOf(form, at + form.length))
      out.push(sourceRange(canonical, at, at + form.length))
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1])
}

// A small alphabet with the characters encodings change, so secrets overlap, nest and repeat often.
const char = fc.constantFrom(...'abAB01%+&"\\; é')
const secret = fc.string({ unit: char, minLength: 8, maxLength: 14 }).filter((s) => s.trim().length >= 8)

describe('KnownSecrets: one pass for all secrets', () => {
  it('finds exactly what a search per secret and per spelling finds', () => {
    const caseOf = fc.array(secret, { minLength: 1, maxLength: 30 }).chain((secrets) =>
      fc.record({
        secrets: fc.constant(secrets),
        text: fc
          .array(
            fc.oneof(
              fc.constantFrom(...secrets.flatMap(spellings)),
              fc.string({ unit: char, maxLength: 6 }),
              // A secret cut short: found by neither.
              fc.constantFrom(...secrets.map((s) => s.slice(0, -1))),
            ),
            { maxLength: 12 },
          )
          .map((parts) => parts.join('')),
      }),
    )
    fc.assert(
      fc.property(caseOf, ({ secrets, text }) => {
        const known = new KnownSecrets(secrets)
        const found = known.spans(text).map((s) => [s.start, s.end])
        expect(found).toEqual(naiveSpans(known.list(), text))
      }),
      runs(2000),
    )
  })

  it('finds overlapping and nested patterns, each pattern without overlapping itself', () => {
    const matcher = ManyStringsMatcher.of(['aaaa', 'aa', 'ab', 'bab'])
    const found = matcher.find('aaaaabab').map((o) => [o.start, o.end, o.pattern])
    expect(found).toEqual([
      [0, 2, 1],
      [0, 4, 0],
      [2, 4, 1],
      [4, 6, 2],
      [5, 8, 3],
      [6, 8, 2],
    ])
    // A text without any of them (the other direction): nothing.
    expect(matcher.find('bbbcbcbc')).toEqual([])
  })

  it('masks 1,000 secrets in a text that holds some of them, and leaves the rest of the text alone', () => {
    const secrets = Array.from({ length: 1000 }, (_, i) => `session-${i.toString(36).padStart(4, '0')}-x`)
    const known = new KnownSecrets(secrets)
    const text = `a=${secrets[7]}&b=${encodeURIComponent(secrets[999] ?? '')}&c=session-zzzz-y`
    expect(known.mask(text)).toBe(`a=${REDACTED}&b=${REDACTED}&c=session-zzzz-y`)
  })
})
