import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BILL_URL_TERMS, isBillOwnPath } from '../../../../src/shared/bill/scope.ts'
import { billTarget } from '../../../../src/shared/rules/target.ts'
import { runs } from '../../property-runs.ts'

// What is BILL traffic is decided once (src/shared/bill/scope.ts); readers skip a URL without parsing its
// entry when it holds none of BILL_URL_TERMS, so every URL in scope must hold one.
const holdsTerm = (url: string) => BILL_URL_TERMS.some((t) => url.toLowerCase().includes(t.toLowerCase()))

describe('BILL traffic', () => {
  it('holds one of the terms readers look for, whatever the URL', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'https://',
        'http://',
        '127.0.0.1:4010',
        'localhost',
        'gateway.stage.bill.com',
        'api.bill.com',
      ),
      fc.constantFrom(
        '/connect',
        '/v3',
        '/V3',
        '/api',
        '/v2',
        '/mfa/challenge',
        '/MFAChallenge.json',
        '/Login.json',
      ),
      fc.constantFrom('/', '?', '#', '%2F', '%3A', '{{', '}}', 'x.example', '.', '=', 'url='),
      fc.webUrl(),
    )
    const url = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''))
    fc.assert(
      fc.property(url, fc.constantFrom('GET', 'POST'), (u, method) => {
        if (billTarget(method, u)) expect(holdsTerm(u), u).toBe(true)
      }),
      runs(3000),
    )
  })

  it('takes BILL’s own path shapes, and not another API’s look-alike paths', () => {
    expect(isBillOwnPath('/connect/v3/mfa/challenge')).toBe(true)
    expect(isBillOwnPath('/gw/connect/v3/bills')).toBe(true)
    expect(isBillOwnPath('/api/v2/MFAChallenge.json')).toBe(true)
    expect(isBillOwnPath('/v3/mfa/challenge')).toBe(false)
    expect(isBillOwnPath('/api/v2/Widgets.json')).toBe(false)
    expect(isBillOwnPath('/v2/MFAChallenge.json')).toBe(false)
    expect(isBillOwnPath('/connect/v3')).toBe(false)
  })
})
