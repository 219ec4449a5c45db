import { describe, expect, it } from 'vitest'
import { refuseDeprecated, resolveTarget } from '../../../../src/background/session/replay-target.ts'

// What "Fix and replay" may send with the live session, decided before anything is sent: the exact URL,
// API and endpoint for what it allows, and one readable refusal (kind and message) for everything else.

const BASES = { v3: 'https://gateway.stage.bill.com/connect/', v2: 'https://api-stage.bill.com/api/v2' }
type Params = Parameters<typeof resolveTarget>[0]
const target = (params: Partial<Params>) => resolveTarget({ method: 'POST', ...params } as Params, BASES)

function refusal(run: () => unknown): { kind: string; message: string } {
  try {
    run()
  } catch (error) {
    const { kind, message } = error as { kind: string; message: string }
    return { kind, message }
  }
  throw new Error('expected a refusal')
}

describe('resolveTarget', () => {
  it('builds the session’s own URL from an endpoint id', () => {
    const v3 = target({ endpointId: 'v3.mfa.challenge' })
    expect(v3.url).toBe('https://gateway.stage.bill.com/connect/v3/mfa/challenge')
    expect(v3.api).toBe('v3')
    expect(v3.endpoint.id).toBe('v3.mfa.challenge')
    const v2 = target({ endpointId: 'v2.mfa.challenge' })
    expect(v2.url).toBe('https://api-stage.bill.com/api/v2/MFAChallenge.json')
    expect(v2.api).toBe('v2')
  })

  it('refuses an unknown id, a wrong method and an endpoint that is not replayable, saying which', () => {
    expect(refusal(() => target({ endpointId: 'v3.nope' }))).toEqual({
      kind: 'invalid-input',
      message: 'Unknown BILL endpoint “v3.nope”.',
    })
    expect(refusal(() => target({ endpointId: 'v3.mfa.challenge', method: 'GET' }))).toEqual({
      kind: 'invalid-input',
      message: 'MFA challenge (v3) is called with POST.',
    })
    expect(refusal(() => target({ endpointId: 'v3.login' }))).toEqual({
      kind: 'permission-denied',
      message:
        'Sign in (v3) cannot be replayed: only the MFA challenge (v2, v3) and MFA phone setup (v3) can.',
    })
  })

  it('matches a full URL below the profile’s base exactly (case-insensitive path), and keeps it', () => {
    const v3 = target({ url: 'https://gateway.stage.bill.com/connect/v3/MFA/setup' })
    expect(v3).toMatchObject({ api: 'v3', url: 'https://gateway.stage.bill.com/connect/v3/MFA/setup' })
    expect(v3.endpoint.id).toBe('v3.mfa.setup')
    const v2 = target({ url: 'https://api-stage.bill.com/api/v2/mfachallenge.json' })
    expect(v2).toMatchObject({ api: 'v2' })
    expect(v2.endpoint.id).toBe('v2.mfa.challenge')
  })

  it('refuses URLs that are not the session’s own replayable endpoints, naming the request', () => {
    expect(refusal(() => target({ url: 'not a url' }))).toEqual({
      kind: 'invalid-input',
      message: 'Give a BILL endpoint id or a full URL to replay.',
    })
    expect(refusal(() => target({}))).toMatchObject({ kind: 'invalid-input' })
    expect(refusal(() => target({ url: 'https://evil.example/connect/v3/mfa/challenge' }))).toEqual({
      kind: 'permission-denied',
      message: 'Only requests to the signed-in profile’s own base URLs can be replayed with its session.',
    })
    expect(
      refusal(() => target({ url: 'https://gateway.stage.bill.com/connect/v3/mfa/challenge/x' })),
    ).toEqual({
      kind: 'permission-denied',
      message:
        'POST /connect/v3/mfa/challenge/x cannot be replayed: only the MFA challenge (v2, v3) and MFA phone setup (v3) can.',
    })
    // The right path with another method is another endpoint (or none): refused.
    expect(
      refusal(() => target({ method: 'GET', url: 'https://gateway.stage.bill.com/connect/v3/mfa/challenge' }))
        .kind,
    ).toBe('permission-denied')
    // A v3 path under the v2 base is not a v2 endpoint.
    expect(refusal(() => target({ url: 'https://api-stage.bill.com/api/v2/v3/mfa/challenge' })).kind).toBe(
      'permission-denied',
    )
    for (const tail of ['?x=1', '#f'])
      expect(
        refusal(() => target({ url: `https://gateway.stage.bill.com/connect/v3/mfa/challenge${tail}` })),
      ).toEqual({
        kind: 'permission-denied',
        message: 'A replayed URL has no ? query or # fragment.',
      })
  })
})

describe('refuseDeprecated', () => {
  it('refuses each removed value, in every spelling BILL reads, naming the field', () => {
    for (const body of [{ useBackup: true }, { useBackup: 'TRUE' }]) {
      const r = refusal(() => refuseDeprecated(body))
      expect(r.kind).toBe('invalid-input')
      expect(r.message).toMatch(/^“useBackup”: true is refused by BILL since 2026-03-30: remove it first\.$/)
    }
    expect(refusal(() => refuseDeprecated({ primary: false })).message).toMatch(
      /^“primary”: false is refused/,
    )
    // The form marks the field to remove.
    let fields: unknown
    try {
      refuseDeprecated({ primary: false })
    } catch (error) {
      fields = (error as { fields?: unknown }).fields
    }
    expect(fields).toEqual({ primary: 'Remove this field.' })
  })

  it('lets the accepted values and an absent body through', () => {
    for (const body of [undefined, {}, { useBackup: false }, { primary: true }, { primary: 'yes' }])
      expect(() => refuseDeprecated(body)).not.toThrow()
  })
})
