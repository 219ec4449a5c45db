import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../../src/shared/bill/hosts.ts'
import type { NameValue } from '../../../../../src/shared/har/request.ts'
import { billTarget } from '../../../../../src/shared/rules/index.ts'
import { MAX_KEY_CHARS } from '../../../../../src/shared/rules/sequence/bounded.ts'
import { readCall, type SequenceRequest } from '../../../../../src/shared/rules/sequence/call.ts'

// What the sequence rules read of one BILL request: who sent it (session, developer key), who signs in,
// and when it left and was answered.
const V3 = `${BASE_URLS.sandbox.v3}/v3`
const V2 = BASE_URLS.sandbox.v2

interface Parts {
  url: string
  headers?: Record<string, string>
  json?: unknown
  form?: string
  answer?: unknown
  queuedMs?: number
  durationMs?: number
}

function request(p: Parts): SequenceRequest {
  const headers: NameValue[] = Object.entries(p.headers ?? {}).map(([name, value]) => ({ name, value }))
  const body =
    p.json !== undefined
      ? { mimeType: 'application/json', text: JSON.stringify(p.json) }
      : p.form !== undefined
        ? { mimeType: 'application/x-www-form-urlencoded', text: p.form }
        : undefined
  return {
    method: 'POST',
    url: p.url,
    headers,
    ...(body ? { body } : {}),
    ...(p.answer !== undefined
      ? { response: { status: 200, body: { text: JSON.stringify(p.answer) } } }
      : {}),
    ...(p.queuedMs !== undefined ? { queuedMs: p.queuedMs } : {}),
    ...(p.durationMs !== undefined ? { durationMs: p.durationMs } : {}),
  }
}

function read(p: Parts, start = 1_000) {
  const r = request(p)
  const target = billTarget(r.method, r.url)
  if (!target) throw new Error(`not BILL's: ${r.url}`)
  return readCall(7, r, target, start)
}

describe('readCall: who sent the call', () => {
  it('reads v3 session and developer key from headers, whatever their case', () => {
    const call = read({ url: `${V3}/vendors`, headers: { SESSIONID: 'S1', devkey: 'K1' } })
    expect(call).toMatchObject({ index: 7, sessionId: 'S1', devKey: 'K1', start: 1_000 })
    expect(call.signIn).toBeUndefined()
  })

  it('never reads a v3 body for them (v3 sends them in headers), except the sign-in developer key', () => {
    const other = read({ url: `${V3}/vendors`, json: { sessionId: 'S1', devKey: 'K1' } })
    expect(other.sessionId).toBeUndefined()
    expect(other.devKey).toBeUndefined()
    const login = read({ url: `${V3}/login`, json: { username: 'u', devKey: 'K1' } })
    expect(login.devKey).toBe('K1')
  })

  it('reads v2 form fields for them, the header first when both are sent', () => {
    const v2 = read({ url: `${V2}/List/Vendor.json`, form: 'devKey=K2&sessionId=S2&data=%7B%7D' })
    expect(v2).toMatchObject({ sessionId: 'S2', devKey: 'K2' })
    const both = read({ url: `${V2}/List/Vendor.json`, headers: { sessionId: 'H' }, form: 'sessionId=B' })
    expect(both.sessionId).toBe('H')
  })

  it('takes an empty header or field for absent', () => {
    const call = read({
      url: `${V2}/List/Vendor.json`,
      headers: { sessionId: '' },
      form: 'sessionId=&devKey=',
    })
    expect(call.sessionId).toBeUndefined()
    expect(call.devKey).toBeUndefined()
    // An empty header does not hide the field in the body, nor an empty v3 name the v2 one.
    const fallback = read({ url: `${V2}/List/Vendor.json`, headers: { sessionId: '' }, form: 'sessionId=B' })
    expect(fallback.sessionId).toBe('B')
    expect(read({ url: `${V3}/login`, json: { username: '', userName: 'U' } }).signIn?.user).toBe('u')
  })
})

describe('readCall: sign-ins', () => {
  it('reads the v3 user (lower-cased), organization and the session its answer opened', () => {
    const call = read({
      url: `${V3}/login`,
      json: { username: 'Dev@Example.com', organizationId: 'ORG1', password: 'pw' },
      answer: { sessionId: 'S3', organizationId: 'ORG1' },
    })
    expect(call.signIn).toEqual({ user: 'dev@example.com', org: 'ORG1', remembered: false, sessionId: 'S3' })
  })

  it('reads the v2 names and the session in response_data, and either dialect on either endpoint', () => {
    const v2 = read({
      url: `${V2}/Login.json`,
      form: 'userName=U2&orgId=O2&password=pw',
      answer: { response_status: 0, response_data: { sessionId: 'S4' } },
    })
    expect(v2.signIn).toEqual({ user: 'u2', org: 'O2', remembered: false, sessionId: 'S4' })
    const mixed = read({ url: `${V3}/login`, json: { userName: 'U3', orgId: 'O3' } })
    expect(mixed.signIn).toEqual({ user: 'u3', org: 'O3', remembered: false })
  })

  it('leaves out what the sign-in does not tell', () => {
    const bare = read({ url: `${V3}/login`, json: { password: 'pw' }, answer: { other: 1 } })
    expect(bare.signIn).toEqual({ remembered: false })
    const noAnswerSession = read({ url: `${V3}/login`, json: {}, answer: { sessionId: 5 } })
    expect(noAnswerSession.signIn).toEqual({ remembered: false })
    const garbled = read({ url: `${V3}/login`, json: {}, answer: 'sessionId but not JSON {' })
    expect(garbled.signIn).toEqual({ remembered: false })
    expect(read({ url: `${V3}/login`, json: ['username'] }).signIn).toEqual({ remembered: false })
  })

  it('is remembered only with both halves of a remembered device, in either dialect', () => {
    const remembered = (json: Record<string, string>) => read({ url: `${V3}/login`, json }).signIn?.remembered
    expect(remembered({ rememberMeId: 'R', device: 'D' })).toBe(true)
    expect(remembered({ mfaId: 'R', deviceId: 'D' })).toBe(true)
    expect(remembered({ rememberMeId: 'R' })).toBe(false)
    expect(remembered({ device: 'D' })).toBe(false)
    expect(remembered({ mfaId: 'R' })).toBe(false)
    expect(remembered({ deviceId: 'D' })).toBe(false)
    expect(remembered({ rememberMeId: 'R', deviceId: 'D' })).toBe(false)
  })

  it('keeps a huge user name bounded', () => {
    const user = 'u'.repeat(100_000)
    const call = read({ url: `${V3}/login`, json: { username: user } })
    expect(call.signIn?.user?.length).toBeLessThan(MAX_KEY_CHARS + 24)
  })
})

describe('readCall: times and errors', () => {
  it('sent is start plus the time queued, answered is start plus the duration', () => {
    const call = read({ url: `${V3}/vendors`, queuedMs: 30, durationMs: 400 }, 5_000)
    expect([call.start, call.sent, call.answered]).toEqual([5_000, 5_030, 5_400])
  })

  it('counts a negative, infinite or missing time as zero', () => {
    for (const odd of [-5, Number.POSITIVE_INFINITY, Number.NaN, undefined]) {
      const call = read({ url: `${V3}/vendors`, queuedMs: odd, durationMs: odd }, 5_000)
      expect([call.sent, call.answered]).toEqual([5_000, 5_000])
    }
  })

  it('reads the errors of the answer, and the same list again for the same request', () => {
    const r = request({
      url: `${V3}/vendors`,
      answer: [{ code: 'BDC_1109', message: 'Session is invalid.' }],
    })
    const target = billTarget(r.method, r.url)
    if (!target) throw new Error('not BILL')
    const first = readCall(0, r, target, 0).errors()
    expect(first).toEqual([{ code: 'BDC_1109', message: 'Session is invalid.' }])
    const again = readCall(1, r, target, 0)
    expect(again.errors()).toBe(first)
    expect(again.errors()).toBe(first)
  })
})
