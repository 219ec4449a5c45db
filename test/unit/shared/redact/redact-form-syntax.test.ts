import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSecretValue, REDACTED, redactText } from '../../../../src/shared/redact/index.ts'

// A redacted form must stay a form: the same fields, in the same order, each secret value replaced by the
// mask and every other value as it was, whatever characters the names and values hold.

const NAMES = [
  'sessionId',
  'devKey',
  'password',
  'mfaCode',
  'memo',
  'data[amount]',
  'page',
  'note',
  'a b',
  'x.y',
]
const value = fc.string({ unit: fc.constantFrom(...'aZ09 =&;+%#?/"{}[]<>é\n-_'), maxLength: 16 })

describe('redaction keeps a form a form', () => {
  it('same fields in order; secrets masked, the rest unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (fields, trailingNewline) => {
          // Brackets in names as curl -d sends them (PHP-style), not percent-encoded.
          const encoded = new URLSearchParams(fields).toString().replace(/%5B/g, '[').replace(/%5D/g, ']')
          const form = encoded + (trailingNewline ? '\n' : '')
          const out = [...new URLSearchParams(redactText(form).replace(/\n$/, ''))]
          expect(out.map(([n]) => n)).toEqual(fields.map(([n]) => n))
          out.forEach(([name, v], i) => {
            const original = fields[i]![1]
            if (original !== '' && isSecretValue(name, original)) expect(v).toBe(REDACTED)
            else if (v !== original) expect(v, `${name}=${original}`).toContain(REDACTED)
          })
        },
      ),
      { numRuns: 500 },
    )
  })
})
