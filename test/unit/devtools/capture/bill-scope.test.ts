import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cannotBeBill } from '../../../../src/devtools/capture/bill-scope.ts'
import { KNOWN_HOSTS } from '../../../../src/shared/bill/hosts.ts'
import { billTarget } from '../../../../src/shared/rules/target.ts'

const pieces = [
  'https://',
  'http://',
  'cdn.example.com',
  '127.0.0.1:4010',
  'localhost',
  ...KNOWN_HOSTS.map((h) => h.host.toUpperCase()),
  '/connect',
  '/v3/',
  '/V2/',
  '/api/',
  'mfa/challenge',
  'Login.json',
  '?u=',
  '%2F',
  '{{baseUrl}}',
  '/app.js',
  '\\',
]
const urls = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 8 })
const hostLists = fc.subarray(['127.0.0.1:4010', 'mock.example', ...KNOWN_HOSTS.map((h) => h.host)])

describe('cannotBeBill', () => {
  it('never skips a request the scope decision calls BILL’s (any URL, any extra hosts)', () => {
    fc.assert(
      fc.property(urls, hostLists, fc.constantFrom('GET', 'POST'), (parts, hosts, method) => {
        const url = parts.join('')
        if (cannotBeBill(url, hosts)) expect(billTarget(method, url, hosts)).toBeUndefined()
      }),
      { numRuns: 3000 },
    )
  })
  it('skips other sites’ requests, and keeps BILL’s, sandbox ones and a custom host’s', () => {
    expect(cannotBeBill('https://cdn.example.com/app.js', [])).toBe(true)
    expect(cannotBeBill('https://cdn.example.com/app.js', ['gateway.stage.bill.com'])).toBe(true)
    expect(cannotBeBill('https://gateway.stage.bill.com/connect/v3/login', [])).toBe(false)
    expect(cannotBeBill('http://127.0.0.1:4010/v3/mfa/challenge', [])).toBe(false)
    expect(cannotBeBill('https://API-STAGE.BILL.COM/anything', [])).toBe(false)
    // A custom host counts on BILL paths only, but only the scope decision tells: never skipped.
    expect(cannotBeBill('https://mock.example/app.js', ['mock.example'])).toBe(false)
  })
})
