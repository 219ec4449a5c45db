import { describe, expect, it } from 'vitest'
import { candidate, endpointFor, fieldOfName, refKinds } from '../../../../src/cli/source/evidence.ts'

describe('which MFA endpoint a text names', () => {
  it('tells the challenge and setup from their /validate siblings, which take neither field', () => {
    expect(refKinds('https://gateway.stage.bill.com/connect/v3/mfa/challenge')).toEqual(['challenge-v3'])
    expect(refKinds('/v3/mfa/challenge/validate')).toEqual(['other'])
    expect(refKinds('/v3/mfa/setup')).toEqual(['setup'])
    expect(refKinds('/v3/mfa/setup/validate')).toEqual(['other'])
    expect(refKinds('/v3/mfa/challenge-history')).toEqual(['other'])
    expect(refKinds('/api/v2/MFAChallenge.json')).toEqual(['challenge-v2'])
    expect(refKinds('/api/v2/MFAAuthenticate.json')).toEqual(['other'])
  })

  it('sends each field only to the endpoint that takes it', () => {
    expect(endpointFor('useBackup', new Set(['challenge-v3']))).toBe('v3.mfa.challenge')
    expect(endpointFor('useBackup', new Set(['challenge-v2']))).toBe('v2.mfa.challenge')
    expect(endpointFor('useBackup', new Set(['setup', 'other']))).toBeUndefined()
    expect(endpointFor('primary', new Set(['setup']))).toBe('v3.mfa.setup')
    expect(endpointFor('primary', new Set(['challenge-v3', 'other']))).toBeUndefined()
  })

  it('reads field names as code writes them, and setters', () => {
    expect(['useBackup', 'use_backup', 'UseBackup'].map((n) => fieldOfName(n, false))).toEqual([
      'useBackup',
      'useBackup',
      'useBackup',
    ])
    expect(fieldOfName('setUseBackup', true)).toBe('useBackup')
    expect(fieldOfName('setUseBackup', false)).toBeUndefined()
    expect(fieldOfName('withPrimary', true)).toBe('primary')
    expect(fieldOfName('primaryPhone', false)).toBeUndefined()
  })
})

describe('the pre-filter', () => {
  it('passes a field name near BILL evidence, and only near it', () => {
    expect(candidate('post("/v3/mfa/challenge/validate", { useBackup: true })')).toBe(true)
    const far = `fetch("https://api.bill.com/x")${' '.repeat(200)}const useBackup = true`
    expect(candidate(far, 100)).toBe(false)
    expect(candidate(far, 400)).toBe(true)
    expect(candidate('const useBackup = true // no BILL here')).toBe(false)
  })
})
