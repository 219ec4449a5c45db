import { describe, expect, it } from 'vitest'
import { redactText } from '../../../../src/shared/redact/index.ts'

// A text with a `:` and no `=` may be a URL: it is read by its shape, never as free text, where a secret's
// name in it (reset-password) would hide it whole.

describe('redactText of a URL without parameters', () => {
  it('keeps a URL whose path names a secret, as a URL', () => {
    for (const url of [
      'https://app.bill.com/reset-password',
      'https://gateway.stage.bill.com/connect/v3/mfa/challenge/validate',
    ])
      expect(redactText(url)).toBe(url)
  })

  it('hides the same words whole as free text', () => {
    expect(redactText('reset-password')).toBe('[redacted: 14 characters]')
    expect(redactText('see https://app.bill.com/reset-password')).toBe('[redacted: 39 characters]')
  })
})
