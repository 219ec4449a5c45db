import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isCredentialName,
  isSecretName,
  looksLikePhone,
  mayHoldSecret,
  mayNameCredential,
} from '../../../../src/shared/redact/secret-names.ts'
import { secretsIn } from '../../../../src/shared/redact/text-spans.ts'
import { runs } from '../../property-runs.ts'

// The pre-checks let redaction skip texts that cannot name a secret: each must say "maybe" for every text a
// secret name or a phone stands in, whatever its case and separators, and "no" for the plain texts it skips.

const NAMES = ['sessionId', 'devKey', 'password', 'mfaId', 'rememberMeId', 'apiToken', 'userName', 'smsCode']
const PLAIN = ['Invalid request', 'amount', 'TEXT', 'https://cdn.example.com/app.js', 'en-US,en;q=0.9']

/** A name spelled with random case and separators between its letters (`Session_ID`, `dev-key`). */
const spelled = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
    fc.array(fc.constantFrom('', '', '', '_', '-', ' ', '.'), { minLength: 24, maxLength: 24 }),
  )
  .map(([name, upper, seps]) =>
    [...name].map((c, i) => `${upper[i] ? c.toUpperCase() : c.toLowerCase()}${seps[i]}`).join(''),
  )
const filler = fc.string({ maxLength: 12 })

describe('the pre-checks of redaction by name', () => {
  it('say "maybe" for every text a secret or credential name stands in', () => {
    fc.assert(
      fc.property(filler, spelled, filler, (before, name, after) => {
        const text = `${before}${name}${after}`
        if (isSecretName(name)) expect(mayHoldSecret(text)).toBe(true)
        if (isCredentialName(name)) expect(mayNameCredential(text)).toBe(true)
      }),
      runs(2000),
    )
  })

  it('say "maybe" for every text a phone stands in', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
    const formats = [
      (d: string) => `+1 ${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
      (d: string) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
      (d: string) => `+44 ${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`,
      (d: string) => d,
    ]
    fc.assert(
      fc.property(filler, digits, fc.constantFrom(...formats), filler, (before, d, format, after) => {
        const phone = format(`4${d.join('').slice(1)}`)
        if (looksLikePhone(phone)) expect(mayHoldSecret(`${before}${phone}${after}`)).toBe(true)
      }),
      runs(1000),
    )
  })

  it('say "maybe" where a name is spelled through an escape, and a credential there is still read', () => {
    const escaped = ['{"session\\u0049d":"s-123456789"}', 'session%49d=s-123456789', '<a>&#115;ession</a>']
    for (const text of escaped) {
      expect(mayHoldSecret(text)).toBe(true)
      expect(mayNameCredential(text)).toBe(true)
    }
    expect(secretsIn(escaped[0] as string)).toEqual(['s-123456789'])
    expect(secretsIn(escaped[1] as string)).toEqual(['s-123456789'])
  })

  it('say "no" for plain texts, which are then skipped', () => {
    for (const text of PLAIN) {
      expect(mayNameCredential(text), text).toBe(false)
      expect(mayHoldSecret(text), text).toBe(false)
    }
  })
})
