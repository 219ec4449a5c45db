import { describe, expect, it } from 'vitest'
import { billPath, endpointAt, matchEndpoint } from '../../../../src/shared/bill/endpoints.ts'

// A URL path to BILL's API and path, then to the endpoint the extension knows there.

describe('billPath', () => {
  it.each([
    ['/connect/v3/login', { api: 'v3', path: '/v3/login' }],
    ['v3/login', { api: 'v3', path: '/v3/login' }],
    ['/gw/connect/V3/Mfa/Challenge//', { api: 'v3', path: '/V3/Mfa/Challenge' }],
    ['/api/v2/Login.json', { api: 'v2', path: 'Login.json' }],
    ['v2/Login.json', { api: 'v2', path: 'Login.json' }],
    ['api/v2/Login.json', { api: 'v2', path: 'Login.json' }],
    ['/x/API/V2/Crud/Read/Vendor.json', { api: 'v2', path: 'Crud/Read/Vendor.json' }],
  ])('%s is BILL’s', (pathname, where) => {
    expect(billPath(pathname)).toEqual(where)
  })

  it.each([
    '/index.html',
    '/xv3/login',
    'xv3/login',
    '/v3',
    '/api/xv2/Login.json',
    '/api/v2/Login1.json',
    '/api/v2/Login.json/more',
    '/api/v2/Login.jsonx',
    '/api/v2/.json',
  ])('%s is not', (pathname) => {
    expect(billPath(pathname)).toBeUndefined()
  })
})

describe('endpointAt', () => {
  it('a v3 endpoint by its whole path and method, in any case', () => {
    expect(endpointAt('post', { api: 'v3', path: '/V3/MFA/Challenge' })?.id).toBe('v3.mfa.challenge')
    expect(endpointAt('GET', { api: 'v3', path: '/v3/login/session' })?.id).toBe('v3.session')
    expect(endpointAt('POST', { api: 'v3', path: '/v3/login/session' })).toBeUndefined()
    expect(endpointAt('POST', { api: 'v3', path: '/x/v3/login' })).toBeUndefined()
  })

  it('a v2 endpoint by its file name after any folders, never across APIs', () => {
    expect(endpointAt('POST', { api: 'v2', path: 'Crud/Create/PayBills.json' })?.id).toBe('v2.paybills')
    expect(endpointAt('POST', { api: 'v2', path: 'mfachallenge.json' })?.id).toBe('v2.mfa.challenge')
    expect(endpointAt('GET', { api: 'v2', path: 'Login.json' })).toBeUndefined()
    expect(endpointAt('POST', { api: 'v2', path: '/v3/login' })).toBeUndefined()
    expect(endpointAt('POST', { api: 'v3', path: 'Login.json' })).toBeUndefined()
  })

  it('says what each endpoint is', () => {
    expect(matchEndpoint('POST', '/api/v2/Login.json')).toEqual({
      id: 'v2.login',
      api: 'v2',
      method: 'POST',
      path: 'Login.json',
      name: 'Sign in (v2)',
      role: 'sign-in',
    })
    expect(matchEndpoint('POST', '/connect/v3/payments')).toEqual({
      id: 'v3.payments',
      api: 'v3',
      method: 'POST',
      path: '/v3/payments',
      name: 'Create payment (v3)',
      mfaProtected: true,
    })
    expect(matchEndpoint('POST', '/other')).toBeUndefined()
  })
})
