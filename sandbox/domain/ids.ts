import { randomBytes, randomInt } from 'node:crypto'

// Opaque ids shaped like BILL's (challenge and MFA ids start with "!", e.g. "!a20Ob49EtAYK...").
export function opaqueId(prefix = '!'): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`
}

export function sessionId(): string {
  return randomBytes(24).toString('base64url')
}

/** A BILL-style 20-character object id with a type prefix, e.g. 0pb (payment), bac (bank account). */
export function objectId(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('hex').toUpperCase()}`.slice(0, 20)
}

export function sixDigitCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}
