import { describe, expect, it } from 'vitest'
import { BDC_CODES } from '../../../../src/shared/bill/bdc-codes.ts'
import {
  isCredentialName,
  isSecretName,
  mentionsSecretName,
} from '../../../../src/shared/redact/secret-names.ts'

// The edges of the name rules: names made of nothing but separators, spaces around a name, names that start
// with a credential word without being one, and free text around BILL's own messages.

describe('secret names at their edges', () => {
  it('calls no name secret or credential when it has no letters or digits', () => {
    for (const name of ['', ' ', '-', '__', 'x-', ' X_ ']) {
      expect(isSecretName(name), JSON.stringify(name)).toBe(false)
      expect(isCredentialName(name), JSON.stringify(name)).toBe(false)
    }
  })

  it('judges a name without the spaces around it, header prefix included', () => {
    expect(isSecretName(' X-Pin ')).toBe(true)
    expect(isSecretName('\tx_code')).toBe(true)
    expect(isSecretName(' X-Request-Id ')).toBe(false)
  })

  it('reads a credential by how its name ends, not how it starts', () => {
    expect(isCredentialName('accessToken')).toBe(true)
    expect(isCredentialName('x-session-id')).toBe(true)
    for (const name of ['token_type', 'tokenExpiry', 'passwordPolicy', 'sessionIdleMinutes', 'devKeyLabel'])
      expect(isCredentialName(name), name).toBe(false)
  })
})

describe('mentionsSecretName', () => {
  const message = BDC_CODES.BDC_1101.message

  it('skips BILL messages, which name secrets but hold none, and keeps the words on each side apart', () => {
    expect(message).toMatch(/password/)
    expect(mentionsSecretName(`Error: ${message}`)).toBe(false)
    // Removing the message must not glue the words around it into a new one.
    expect(mentionsSecretName(`pass${message}word`)).toBe(false)
    expect(mentionsSecretName(`${message} then the password is hunter2`)).toBe(true)
  })

  it('finds no secret name in a text without words', () => {
    for (const text of ['', '1234 5678', '!!! ... ---']) expect(mentionsSecretName(text), text).toBe(false)
  })
})
