import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import { billTarget } from '../../../../src/shared/rules/target.ts'

const V3 = `${BASE_URLS.sandbox.v3}/v3`
const V2 = BASE_URLS.sandbox.v2

describe('billTarget', () => {
  it('names the API, the endpoint, the host and the path BILL sees', () => {
    const t = billTarget('POST', `${V3}/mfa/challenge?x=1#y`)
    expect(t).toMatchObject({
      api: 'v3',
      pathname: '/connect/v3/mfa/challenge',
      endpoint: { id: 'v3.mfa.challenge' },
    })
    expect(t?.host?.host).toBe(new URL(V3).host)
    expect(t && 'proxied' in t).toBe(false)
    expect(billTarget('POST', `${V2}/MFAChallenge.json`)).toMatchObject({
      api: 'v2',
      endpoint: { id: 'v2.mfa.challenge' },
    })
  })

  it('knows the endpoint by its method too', () => {
    expect(billTarget('GET', `${V3}/mfa/challenge`)?.endpoint).toBeUndefined()
    expect(billTarget('GET', `${V3}/mfa/challenge`)?.api).toBe('v3')
  })

  it('reads a URL without a scheme as https', () => {
    const host = new URL(V3).host
    expect(billTarget('POST', `${host}/connect/v3/login`)?.endpoint?.id).toBe('v3.login')
  })

  it('takes the API from the path on a host that is not BILL: .json is v2, the rest v3', () => {
    expect(billTarget('POST', 'http://localhost:4010/api/v2/Login.json')).toMatchObject({
      api: 'v2',
      endpoint: { id: 'v2.login' },
    })
    expect(billTarget('POST', 'http://localhost:4010/v3/login')).toMatchObject({
      api: 'v3',
      endpoint: { id: 'v3.login' },
    })
    expect(billTarget('POST', 'http://localhost:4010/v3/login')?.host).toBeUndefined()
  })

  it('reads the URL inside a CORS proxy and marks it proxied, on BILL hosts and others', () => {
    const onBill = billTarget('POST', `https://cors.example/${encodeURIComponent(`${V3}/mfa/setup`)}`)
    expect(onBill).toMatchObject({
      api: 'v3',
      pathname: '/connect/v3/mfa/setup',
      proxied: true,
      endpoint: { id: 'v3.mfa.setup' },
    })
    const mock = `https://cors.example/${encodeURIComponent('http://localhost:4010/v3/login')}`
    const onMock = billTarget('POST', mock, ['localhost:4010'])
    expect(onMock).toMatchObject({ api: 'v3', pathname: '/v3/login', proxied: true })
    expect(onMock?.host).toBeUndefined()
  })

  it('reads unresolved {{variables}} hosts, raw or percent-encoded, by their path only', () => {
    expect(billTarget('POST', '{{baseUrl}}/v3/mfa/setup?x=1')).toMatchObject({
      api: 'v3',
      pathname: '/v3/mfa/setup',
      endpoint: { id: 'v3.mfa.setup' },
    })
    expect(billTarget('POST', 'https://{{host}}/api/v2/Login.json#a')).toMatchObject({
      api: 'v2',
      pathname: '/api/v2/Login.json',
    })
    expect(billTarget('POST', '%7B%7BbaseUrl%7D%7D/v3/login')?.endpoint?.id).toBe('v3.login')
    expect(billTarget('POST', '%7b%7bbaseUrl%7d%7d/v3/login')?.endpoint?.id).toBe('v3.login')
    expect(billTarget('POST', '{{baseUrl}}/index.html')).toBeUndefined()
    expect(billTarget('POST', '{{baseUrl}}')).toBeUndefined()
    // A variable later in the URL is not the host: the URL is read as it stands.
    expect(billTarget('POST', 'https://example.com/{{path}}/v3/login')).toBeUndefined()
    expect(billTarget('POST', `${V3}/login?next={{x}}`)?.endpoint?.id).toBe('v3.login')
  })

  it('answers the same question the same way, kept or not, and keeps hosts apart', () => {
    const mock = 'http://mock.example:4010/v3/mfa/setup'
    expect(billTarget('POST', mock)).toBeUndefined()
    expect(billTarget('POST', mock, ['mock.example:4010'])?.endpoint?.id).toBe('v3.mfa.setup')
    expect(billTarget('POST', mock)).toBeUndefined()
    expect(billTarget('POST', mock, ['other.example'])).toBeUndefined()
    const long = `${V3}/mfa/setup?pad=${'x'.repeat(3_000)}`
    expect(billTarget('POST', long)?.endpoint?.id).toBe('v3.mfa.setup')
    expect(billTarget('POST', long)?.endpoint?.id).toBe('v3.mfa.setup')
    // Answers are shared between callers: frozen, so one caller cannot change another's.
    expect(Object.isFrozen(billTarget('POST', `${V3}/login`))).toBe(true)
  })

  it('stays right after more URLs and host sets than it keeps', () => {
    for (let i = 0; i < 1_100; i++) billTarget('GET', `${V3}/vendors/${i}`)
    for (let i = 0; i < 70; i++) billTarget('GET', `${V3}/vendors`, [`h${i}.example`])
    expect(billTarget('GET', `${V3}/vendors/0`)?.api).toBe('v3')
    expect(billTarget('POST', 'http://h1.example/v3/mfa/setup', ['h1.example'])?.endpoint?.id).toBe(
      'v3.mfa.setup',
    )
    expect(billTarget('POST', 'http://h1.example/v3/mfa/setup', ['h2.example'])).toBeUndefined()
  })
})

describe('billTarget: what the path alone decides', () => {
  it('drops only a leading scheme before a {{variable}} host, then reads the path as written', () => {
    // On an unknown host this path is not BILL's: only the variable host makes it one.
    expect(billTarget('POST', 'https://{{host}}/v3/mfa/setup')).toEqual({
      api: 'v3',
      pathname: '/v3/mfa/setup',
      endpoint: expect.objectContaining({ id: 'v3.mfa.setup' }),
    })
    expect(billTarget('GET', '{{baseUrl}}/redirect/https://x/v3/login')?.pathname).toBe(
      '/redirect/https://x/v3/login',
    )
  })

  it('reads the path of a {{variable}} URL up to its query, even one holding a line break', () => {
    expect(billTarget('POST', '{{baseUrl}}/v3/login?note=a\nb')?.endpoint?.id).toBe('v3.login')
    expect(billTarget('POST', '{{baseUrl}}/v3/login#a\nb')?.endpoint?.id).toBe('v3.login')
  })

  it('answers undefined for a URL that does not parse', () => {
    expect(billTarget('POST', 'https://a b/v3/login')).toBeUndefined()
    expect(billTarget('POST', 'https://[nope/v3/login')).toBeUndefined()
  })

  it('adds https:// to a URL without a scheme even when its query holds one', () => {
    const host = new URL(V3).host
    expect(billTarget('POST', `${host}/connect/v3/login?next=https://x`)?.endpoint?.id).toBe('v3.login')
  })

  it('keeps a BILL host path that names no endpoint, with the host API', () => {
    const origin = new URL(V3).origin
    expect(billTarget('GET', `${origin}/status`)).toMatchObject({ api: 'v3', pathname: '/status' })
    expect(billTarget('GET', `${origin}/status`)?.endpoint).toBeUndefined()
  })

  it('takes the API of a proxied path on an extra host from its ending: .json is v2, the rest v3', () => {
    const proxied = (url: string) =>
      billTarget('GET', `https://cors.example/${encodeURIComponent(url)}`, ['mock.example'])
    expect(proxied('http://mock.example/report.JSON')).toMatchObject({ api: 'v2', proxied: true })
    expect(proxied('http://mock.example/report.json.txt')).toMatchObject({ api: 'v3', proxied: true })
    expect(proxied('http://mock.example/status')).toMatchObject({ api: 'v3', pathname: '/status' })
  })
})
