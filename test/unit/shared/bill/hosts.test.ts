import { expect, it } from 'vitest'
import { BASE_URLS, hostPatterns, knownHost, originPattern } from '../../../../src/shared/bill/hosts.ts'

// BILL's hosts, named once: the base URLs, the host permissions and the lookups derive from them.

it('base URLs: the live host of each environment and API, under its path', () => {
  expect(BASE_URLS).toEqual({
    sandbox: { v3: 'https://gateway.stage.bill.com/connect', v2: 'https://api-stage.bill.com/api/v2' },
    production: { v3: 'https://gateway.prod.bill.com/connect', v2: 'https://api.bill.com/api/v2' },
  })
})

it('knows a host whatever its case, and only the hosts it lists', () => {
  expect(knownHost('API-SANDBOX.bill.com')).toMatchObject({
    permission: 'none',
    sunset: { on: '2024-08-31' },
  })
  expect(knownHost('gateway.stage.bill.com')).toMatchObject({ api: 'v3', environment: 'sandbox' })
  expect(knownHost('bill.com')).toBeUndefined()
})

it('a host permission pattern keeps scheme and host, drops port and path', () => {
  expect(originPattern('https://api-stage.bill.com/api/v2')).toBe('https://api-stage.bill.com/*')
  expect(originPattern('http://127.0.0.1:4010/connect')).toBe('http://127.0.0.1/*')
})

it('host patterns by permission: never a host that is gone', () => {
  expect(hostPatterns('required')).toEqual([
    'https://gateway.stage.bill.com/*',
    'https://api-stage.bill.com/*',
  ])
  expect(hostPatterns('optional')).toEqual(['https://gateway.prod.bill.com/*', 'https://api.bill.com/*'])
  expect(hostPatterns('required', 'optional')).toHaveLength(4)
  expect(hostPatterns()).toEqual([])
})
