import { describe, expect, it } from 'vitest'
import { billScopeOfUrl, isBillOwnPath, mayBeBillUrl } from '../../../../src/shared/bill/scope.ts'

// What counts as BILL traffic: BILL's hosts, proxies to them, extra and loopback hosts on BILL paths, any host
// on BILL's own path shapes. Each kind of URL is tried on both sides of the line.

const scope = (url: string, extra: string[] = []) => billScopeOfUrl(new URL(url), extra)
const own = (url: string) => ({ url, host: undefined, proxied: false })

describe('billScopeOfUrl', () => {
  it('any path of a BILL host, with the host it is', () => {
    const found = scope('https://gateway.stage.bill.com/app.js')
    expect(found).toMatchObject({ url: 'https://gateway.stage.bill.com/app.js', proxied: false })
    expect(found?.host?.api).toBe('v3')
  })

  it('a BILL URL inside a proxy’s URL, whatever the proxy’s path', () => {
    const inner = 'https://api-stage.bill.com/api/v2/Login.json'
    expect(scope(`https://docs.example/cors/${inner}`)).toMatchObject({ url: inner, proxied: true })
  })

  it('an extra host on a BILL path, not on its other pages', () => {
    const extra = ['mock.example']
    expect(scope('http://mock.example:4010/v3/login', extra)).toEqual(
      own('http://mock.example:4010/v3/login'),
    )
    expect(scope('http://mock.example:4010/index.html', extra)).toBeUndefined()
    expect(scope('http://mock.example:4010/v3/login')).toBeUndefined()
  })

  it.each(['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])(
    'a loopback server (%s) on any BILL path, not on its pages',
    (origin) => {
      expect(scope(`${origin}/v3/login`)).toEqual(own(`${origin}/v3/login`))
      expect(scope(`${origin}/v2/Widgets.json`)).toEqual(own(`${origin}/v2/Widgets.json`))
      expect(scope(`${origin}/app.js`)).toBeUndefined()
    },
  )

  it('any other host only on BILL’s own path shapes', () => {
    expect(scope('https://gw.example/connect/v3/bills')).toEqual(own('https://gw.example/connect/v3/bills'))
    expect(scope('https://gw.example/api/v2/Login.json')).toEqual(own('https://gw.example/api/v2/Login.json'))
    expect(scope('https://gw.example/v3/mfa/challenge')).toBeUndefined()
    expect(scope('https://gw.example/api/v2/Widgets.json')).toBeUndefined()
  })

  it('only http and https', () => {
    expect(scope('ws://127.0.0.1:4010/v3/login')).toBeUndefined()
    expect(scope('ftp://gw.example/connect/v3/bills')).toBeUndefined()
  })
})

describe('isBillOwnPath', () => {
  it('in any case, and v2 files below folders', () => {
    expect(isBillOwnPath('/CONNECT/V3/bills')).toBe(true)
    expect(isBillOwnPath('/API/V2/Crud/Create/VendorBankAccount.json')).toBe(true)
    expect(isBillOwnPath('/xapi/v2/Login.json')).toBe(false)
    expect(isBillOwnPath('/api/v2x/Login.json')).toBe(false)
    expect(isBillOwnPath('/index.html')).toBe(false)
  })
})

describe('mayBeBillUrl', () => {
  it.each([
    'https://api.bill.com/favicon.ico',
    'https://any.example/v3/vendors',
    'https://any.example/p?u=https%3A%2F%2Fgateway.prod.bill.com%2Fconnect%2Fv3%2Flogin',
  ])('%s may be', (url) => {
    expect(mayBeBillUrl(url)).toBe(true)
  })

  it.each(['https://any.example/app.js', 'not a url', 'https://bill.com.example/x'])('%s is not', (url) => {
    expect(mayBeBillUrl(url)).toBe(false)
  })
})
