import { describe, expect, it } from 'vitest'
import { KnownSecrets, REDACTED, redactText } from '../../../../src/shared/redact/index.ts'
import { secretsIn } from '../../../../src/shared/redact/text-spans.ts'

// Edges of redaction by shape: the parts of a multipart body, quotes around an assigned value, a phone next to
// a secret's name.

describe('redactText at its edges', () => {
  it('reads each multipart part under a plain name as a text of its own', () => {
    const body = [
      '--b1',
      'Content-Disposition: form-data; name="memo"',
      '',
      'call +1 415 555 0100 today',
      '--b1',
      'Content-Disposition: form-data; name="vendorId"',
      '',
      '00901ABCDEFGHIJ1234',
      '--b1--',
      '',
    ].join('\r\n')
    const redacted = redactText(body)
    expect(redacted).toContain(`call ${REDACTED} today`)
    expect(redacted).not.toContain('415 555')
    expect(redacted).toContain('00901ABCDEFGHIJ1234')
    expect(redacted).toContain('name="memo"')
  })

  it('remembers an assigned value without the quotes around it, and keeps the quotes inside it', () => {
    expect(secretsIn(`reset with password: "it's-mine-42"`)).toEqual([`it's-mine-42`])
    expect(secretsIn(`then 'devKey'='k"ey-0001' was sent`)).toEqual([`k"ey-0001`])
    // The remembered value is then masked wherever it appears, with its inner quote.
    const known = new KnownSecrets(secretsIn(`reset with password: "it's-mine-42"`))
    expect(redactText(`later: it's-mine-42 again`, known)).toBe(`later: ${REDACTED} again`)
  })

  it('hides only the phone of a text that also names a secret, when the phone is what it can locate', () => {
    expect(redactText('call 415-555-0100 to reset your password')).toBe(
      `call ${REDACTED} to reset your password`,
    )
    expect(redactText('reset your password')).toBe('[redacted: 19 characters]')
  })
  it('re-encodes a form value that held a known secret in its encoded spelling (the form stays a form)', () => {
    const known = new KnownSecrets(['a b&c=1234567'])
    expect(redactText('note=seen+a+b%26c%3D1234567+x&page=2', known)).toBe(
      `note=${encodeURIComponent(`seen ${REDACTED} x`)}&page=2`,
    )
    expect(redactText('https://x.test/a?note=a+b%26c%3D1234567&page=2', known)).toBe(
      `https://x.test/a?note=${encodeURIComponent(REDACTED)}&page=2`,
    )
  })
})
