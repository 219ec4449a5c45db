import { describe, expect, it } from 'vitest'
import {
  billRefKinds,
  candidate,
  candidateBytes,
  endpointFor,
  fieldOfName,
  hasBillEvidence,
  onOtherHost,
  refKinds,
} from '../../../../src/cli/source/evidence.ts'

// The edges of what a text names: another API's host, the words that make a file BILL's, the pre-filter's
// three ways in and its distance in bytes.

describe('refKinds', () => {
  it('names each endpoint in any case, several at once, and nothing in other text', () => {
    expect(refKinds('/API/V2/mfachallenge.JSON')).toEqual(['challenge-v2'])
    expect(refKinds('/V3/MFA/Setup and /v3/mfa/challenge')).toEqual(['challenge-v3', 'setup'])
    expect(refKinds('/v3/login')).toEqual(['other'])
    expect(refKinds('/api/v2/Login.json')).toEqual(['other'])
    expect(refKinds('mfa/setup-status and mfa/challenge_x')).toEqual([])
    expect(refKinds('/v3/ and /api/v2/.json')).toEqual([])
  })
})

describe('onOtherHost and billRefKinds', () => {
  it('a URL on a host that is not BILL’s is another API’s; BILL’s hosts and unreadable URLs are not', () => {
    expect(onOtherHost('https://auth.acme.io/v3/mfa/setup')).toBe(true)
    expect(onOtherHost('https://gateway.stage.bill.com/connect/v3/mfa/setup')).toBe(false)
    expect(onOtherHost('not a url')).toBe(false)
  })

  it('an MFA path on another API’s host is `other`; BILL’s, a placeholder host or a bare path keep their kind', () => {
    expect(billRefKinds('post("https://auth.acme.io/v3/mfa/setup")')).toEqual(['other'])
    expect(billRefKinds('https://auth.acme.io/v3/mfa/setup and /v3/mfa/challenge')).toEqual([
      'challenge-v3',
      'other',
    ])
    expect(billRefKinds('https://auth.acme.io/v3/mfa/setup and /v3/login')).toEqual(['other'])
    expect(billRefKinds('https://auth.acme.io/home')).toEqual([])
    expect(billRefKinds(`https://${'$'}{host}/v3/mfa/setup`)).toEqual(['setup'])
    expect(billRefKinds('{{baseUrl}} https://{{host}}/v3/mfa/setup')).toEqual(['setup'])
    expect(billRefKinds('https://gateway.stage.bill.com/connect/v3/mfa/setup')).toEqual(['setup'])
    expect(billRefKinds('HTTP://AUTH.ACME.IO/v3/mfa/setup')).toEqual(['other'])
  })
})

describe('hasBillEvidence', () => {
  it.each([
    'https://api.bill.com/x',
    'bill.com',
    '/api/v2/MFAChallenge.json',
    '/v3/mfa/challenge',
    '/v3/mfa/setup',
    '/api/v2/Login.json',
    '/v3/login',
    'dev_key',
    'DEVKEY',
    'developerKey',
  ])('%s is BILL evidence', (text) => expect(hasBillEvidence(text)).toBe(true))

  it.each(['mybill.com', 'my-bill.com', 'bill.community', 'sessionId', 'devkeys', 'XLogin.json'])(
    '%s is not',
    (text) => expect(hasBillEvidence(text)).toBe(false),
  )
})

describe('endpointFor and fieldOfName', () => {
  it('the v3 challenge wins over v2; primary needs setup', () => {
    expect(endpointFor('useBackup', new Set(['challenge-v2', 'challenge-v3']))).toBe('v3.mfa.challenge')
    expect(endpointFor('useBackup', new Set())).toBeUndefined()
    expect(endpointFor('primary', new Set())).toBeUndefined()
  })

  it('setters are set or with, then a capital; names are whole', () => {
    expect(fieldOfName('withUseBackup', true)).toBe('useBackup')
    expect(fieldOfName('Primary', false)).toBe('primary')
    expect(fieldOfName('setting', true)).toBeUndefined()
    expect(fieldOfName('setprimary', true)).toBeUndefined()
    // Only a leading set/with is a setter's: one inside the name is not taken out.
    expect(fieldOfName('usesetBackup', true)).toBeUndefined()
    expect(fieldOfName('xuseBackup', false)).toBeUndefined()
    expect(fieldOfName('useBackups', false)).toBeUndefined()
    expect(fieldOfName('primaryX', false)).toBeUndefined()
    expect(fieldOfName('aprimary', false)).toBeUndefined()
  })
})

describe('candidate', () => {
  it('passes a credential in a BILL URL’s query without any field name', () => {
    expect(candidate('get("https://api.bill.com/x?devKey=1")')).toBe(true)
    expect(candidate('get("https://example.org/x?devKey=1")')).toBe(false)
  })

  it('passes a shut-down BILL host on its own', () => {
    expect(candidate('BASE = "https://api-sandbox.bill.com"')).toBe(true)
    expect(candidate('BASE = "https://api.bill.com"')).toBe(false)
  })

  it('looks on both sides of each piece of evidence, up to the distance', () => {
    const after = `useBackup${' '.repeat(150)}bill.com`
    expect(candidate(after, 100)).toBe(false)
    expect(candidate(after, 200)).toBe(true)
    // The second piece of evidence is the near one.
    const second = `/v3/login${' '.repeat(300)}bill.com useBackup`
    expect(candidate(second, 100)).toBe(true)
  })

  it('on bytes, the distance is three bytes a character', () => {
    const far = (n: number) => `bill.com${' '.repeat(n)}primary`
    expect(candidateBytes(far(3 * 4096 - 20))).toBe(true)
    expect(candidateBytes(far(3 * 4096 + 20))).toBe(false)
    expect(candidate(far(4096 - 20))).toBe(true)
    expect(candidate(far(4096 + 20))).toBe(false)
  })
})
