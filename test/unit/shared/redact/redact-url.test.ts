import { describe, expect, it } from 'vitest'
import { KnownSecrets, REDACTED } from '../../../../src/shared/redact/index.ts'
import { redactUrl } from '../../../../src/shared/redact/redact-url.ts'

// redactUrl: parameters by name, and known secrets anywhere in the URL, with or without parameters.

describe('redactUrl', () => {
  const known = new KnownSecrets(['s-1234567890'])

  it('hides a known secret in a path that has no parameters, and keeps the rest', () => {
    expect(redactUrl('https://api.example.com/sessions/s-1234567890/end', known)).toBe(
      `https://api.example.com/sessions/${REDACTED}/end`,
    )
    expect(redactUrl('https://api.example.com/v3/vendors/00901ABCDEFGHIJ1234', known)).toBe(
      'https://api.example.com/v3/vendors/00901ABCDEFGHIJ1234',
    )
  })

  it('hides secret parameters and known secrets together, and keeps a URL without either as written', () => {
    expect(redactUrl('https://x.test/s-1234567890/a?devKey=k1&page=2#x', known)).toBe(
      `https://x.test/${REDACTED}/a?devKey=${encodeURIComponent(REDACTED)}&page=2#x`,
    )
    expect(redactUrl('https://x.test/a?page=2')).toBe('https://x.test/a?page=2')
  })
})
