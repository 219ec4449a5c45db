import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { candidate, candidateBytes } from '../../../../src/cli/source/evidence.ts'
import { runs } from '../../property-runs.ts'

// The walker runs the pre-filter on the Latin-1 view of a file's bytes (cheaper than decoding UTF-8).
// It must let through every file the decoded text would let through, whatever non-ASCII text surrounds
// BILL's words: a file stopped here is never analysed.

const BILL_WORDS = [
  'https://gateway.stage.bill.com/connect/v3/mfa/challenge',
  "'/MFAChallenge.json'",
  'devKey',
  '"/v3/mfa/setup"',
  '?sessionId=abc&devKey=k',
  'api-sandbox.bill.com',
]
const FIELDS = ['useBackup: true', 'primary=False', '"use_backup": "true"', 'primary: false']

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...BILL_WORDS, ...FIELDS),
  // Long runs of multi-byte characters stretch the distance in bytes more than in characters.
  fc.integer({ min: 0, max: 5000 }).map((n) => 'é€𝄞'.repeat(n)),
)

describe('the pre-filter on the Latin-1 view of UTF-8 bytes', () => {
  it('passes every text the decoded view passes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('\n')
        const bytes = Buffer.from(text, 'utf8')
        const decoded = bytes.toString('utf8')
        if (candidate(decoded)) expect(candidateBytes(bytes.toString('latin1'))).toBe(true)
      }),
      runs(400),
    )
  })

  it('does not pass non-ASCII look-alikes of BILL’s words', () => {
    // Fullwidth and accented letters fold to ASCII in neither view.
    for (const text of [
      'ｂｉｌｌ.com useBackup: true',
      'dévKey useBackup: true',
      'MFAChallengé.json primary: false',
    ])
      expect(candidateBytes(Buffer.from(text).toString('latin1')), text).toBe(false)
  })
})
