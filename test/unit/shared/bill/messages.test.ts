import { describe, expect, it } from 'vitest'
import { BILL_ERROR_KINDS } from '../../../../src/shared/bill/error-kinds.ts'
import { describeFailure } from '../../../../src/shared/bill/messages.ts'

// Each kind of failure has its own message for people: what happened, then what to do next.

describe('describeFailure', () => {
  it('gives every kind a message of its own', () => {
    const messages = BILL_ERROR_KINDS.map((kind) => describeFailure(kind))
    for (const m of messages) expect(m).toMatch(/^\S.{20,}\.$/)
    expect(new Set(messages).size).toBe(BILL_ERROR_KINDS.length)
  })

  it.each([
    ['invalid-credentials', /user name, password or organization id.*this environment/],
    ['bad-dev-key', /developer key.*Sandbox and production keys differ/],
    ['session-expired', /session has ended.*Sign in again/],
    ['untrusted-session', /MFA-trusted session.*Never sign in again instead/],
    ['mfa-no-phone', /No MFA phone.*Add and validate a phone first/],
    ['mfa-wrong-code', /code is not right.*try again/],
    ['mfa-code-expired', /expired or was already used.*Request a new challenge/],
    ['mfa-too-many-attempts', /Too many wrong codes.*request a new one/],
    ['rate-limited', /limiting requests.*Wait a minute, then try again/],
    ['malformed-response', /not a BILL response.*Check the base URL/],
  ] as const)('%s says what happened and what to do', (kind, says) => {
    expect(describeFailure(kind)).toMatch(says)
  })

  it('names what it knows, and stays a sentence when it knows nothing', () => {
    expect(describeFailure('network', { host: 'a.example' })).toBe(
      'Could not reach BILL at a.example. Check the network connection and the base URL.',
    )
    expect(describeFailure('network')).toBe(
      'Could not reach BILL. Check the network connection and the base URL.',
    )
    expect(describeFailure('redirected')).toMatch(
      /^The server answered with a redirect\. BILL's API never redirects/,
    )
    expect(describeFailure('redirected', { host: 'a.example', target: 'b.example' })).toMatch(
      /^a\.example answered with a redirect to b\.example\. /,
    )
    expect(describeFailure('server')).toBe(
      'BILL had a server error. The sandbox has no uptime guarantee: try again in a few minutes.',
    )
    expect(describeFailure('server', { httpStatus: 502 })).toMatch(/^BILL had a server error \(HTTP 502\)\. /)
    expect(describeFailure('host-not-granted')).toMatch(
      /^The extension has no access to this host, so nothing was sent/,
    )
    expect(describeFailure('timeout', { timeoutMs: 20_000 })).toMatch(/^BILL did not answer within 20 s\./)
  })

  it('names the removed MFA option it refused, or says so in general', () => {
    expect(describeFailure('rejected-deprecated-field', { deprecatedUse: 'useBackup:true' })).toMatch(
      /^BILL refused useBackup:true: since 2026-03-30 only the primary phone can be used\. /,
    )
    expect(describeFailure('rejected-deprecated-field')).toMatch(/^BILL refused a removed MFA option: since /)
  })

  it('passes on BILL’s own words when the kind is unknown', () => {
    expect(describeFailure('unknown', { billMessage: 'Vendor is inactive.' })).toBe(
      'BILL refused the request: Vendor is inactive.',
    )
    expect(describeFailure('unknown')).toBe(
      'BILL refused the request without saying why. Check the request and try again.',
    )
  })

  it('the code’s own next step before the kind’s general advice', () => {
    expect(describeFailure('rate-limited', { code: 'BDC_1322' })).toMatch(/keep at most 3 calls in flight/)
    expect(describeFailure('rate-limited', { code: 'BDC_1322' })).not.toMatch(/Wait a minute, then try again/)
    expect(describeFailure('rate-limited', { code: 'BDC_9999' })).toMatch(/Wait a minute, then try again\.$/)
  })
})
