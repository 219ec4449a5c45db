import { describe, expect, it } from 'vitest'
import { billPath, matchEndpoint } from '../../../../src/shared/bill/endpoints.ts'
import { knownHost, originPattern } from '../../../../src/shared/bill/hosts.ts'

describe('BILL endpoint catalogue', () => {
  it('names v3 and v2 endpoints from full URL paths', () => {
    expect(matchEndpoint('POST', '/connect/v3/mfa/challenge')?.name).toBe('MFA challenge (v3)')
    expect(matchEndpoint('post', '/connect/v3/mfa/challenge/validate/')?.id).toBe('v3.mfa.challenge.validate')
    expect(matchEndpoint('POST', '/api/v2/MFAChallenge.json')?.name).toBe('MFA challenge (v2)')
    expect(matchEndpoint('POST', '/api/v2/Crud/Create/VendorBankAccount.json')?.id).toBe(
      'v2.vendorbankaccount',
    )
    expect(matchEndpoint('GET', '/connect/v3/login/session')?.id).toBe('v3.session')
  })

  it('knows both phone-validation paths (docs vs Postman)', () => {
    expect(matchEndpoint('POST', '/connect/v3/mfa/validate')?.id).toBe('v3.mfa.validate')
    expect(matchEndpoint('POST', '/connect/v3/mfa/setup/validate')?.id).toBe('v3.mfa.setup.validate')
  })

  it('does not match other paths or other methods', () => {
    expect(matchEndpoint('GET', '/connect/v3/mfa/challenge')).toBeUndefined()
    expect(matchEndpoint('POST', '/api/other')).toBeUndefined()
    expect(billPath('/index.html')).toBeUndefined()
    expect(billPath('/v3/vendors')).toEqual({ api: 'v3', path: '/v3/vendors' })
  })

  it('knows hosts, including the sunset v2 sandbox', () => {
    expect(knownHost('API-SANDBOX.bill.com')?.sunset?.replacement).toBe('api-stage.bill.com')
    expect(knownHost('gateway.stage.bill.com')?.api).toBe('v3')
    expect(knownHost('example.com')).toBeUndefined()
    expect(originPattern('http://127.0.0.1:4010/connect')).toBe('http://127.0.0.1/*')
  })
})
