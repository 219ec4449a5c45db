import { describe, expect, it } from 'vitest'
import { createBillClient } from '../../../../src/shared/bill/client.ts'
import type { BillApi } from '../../../../src/shared/bill/hosts.ts'

// Which API's call each client method makes, and with what: the user's choice of API decides every call,
// and the DevTools replay follows the endpoint's own API.

interface Sent {
  url: string
  method: string | undefined
  body: string | undefined
}
const BASES = { v2: 'https://v2.example/api/v2', v3: 'https://v3.example/connect' }

function client(api: BillApi, answer: string) {
  const sent: Sent[] = []
  const fetch = (async (url: string, init: RequestInit = {}) => {
    sent.push({ url, method: init.method, body: init.body === undefined ? undefined : String(init.body) })
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof globalThis.fetch
  return { bill: createBillClient({ api, baseUrls: BASES, devKey: 'dk', fetch }), sent }
}
const v2ok = (data: unknown) =>
  JSON.stringify({ response_status: 0, response_message: 'Success', response_data: data })
const form = (body: string | undefined) => Object.fromEntries(new URLSearchParams(body))

describe('one API for every call', () => {
  it('sign-out', async () => {
    const v2 = client('v2', v2ok({}))
    expect(await v2.bill.logout('s')).toEqual({ ok: true, value: null, status: 200 })
    expect(v2.sent.map((s) => s.url)).toEqual(['https://v2.example/api/v2/Logout.json'])
    const v3 = client('v3', '')
    expect(await v3.bill.logout('s')).toEqual({ ok: true, value: null, status: 200 })
    expect(v3.sent.map((s) => s.url)).toEqual(['https://v3.example/connect/v3/logout'])
  })

  const answer = { challengeId: 'c', code: '123456', device: 'd', machineName: 'm', rememberMe: true }
  it('validating a code: v2 MFAAuthenticate.json with deviceId, v3 with device', async () => {
    const v2 = client('v2', v2ok({ mfaId: 'r2' }))
    expect(await v2.bill.mfaValidate('s', answer)).toEqual({
      ok: true,
      value: { rememberedId: 'r2' },
      status: 200,
    })
    expect(v2.sent[0]?.url).toBe('https://v2.example/api/v2/MFAAuthenticate.json')
    expect(JSON.parse(form(v2.sent[0]?.body).data ?? '')).toEqual({
      challengeId: 'c',
      token: '123456',
      deviceId: 'd',
      machineName: 'm',
      rememberMe: true,
    })
    const v3 = client('v3', '{"rememberMeId":"r3"}')
    expect(await v3.bill.mfaValidate('s', answer)).toEqual({
      ok: true,
      value: { rememberedId: 'r3' },
      status: 200,
    })
    expect(v3.sent[0]?.url).toBe('https://v3.example/connect/v3/mfa/challenge/validate')
    expect(JSON.parse(v3.sent[0]?.body ?? '')).toEqual({
      challengeId: 'c',
      token: '123456',
      device: 'd',
      machineName: 'm',
      rememberMe: true,
    })
    expect(await client('v3', '{}').bill.mfaValidate('s', answer)).toEqual({
      ok: true,
      value: {},
      status: 200,
    })
  })

  it('a remembered device: v3 steps up, v2 asks MFAStatus.json', async () => {
    const remembered = { id: 'r', device: 'd' }
    const v3 = client('v3', '{"trusted":true}')
    expect(await v3.bill.stepUp('s', remembered)).toEqual({ ok: true, value: { trusted: true }, status: 200 })
    expect(v3.sent[0]?.url).toBe('https://v3.example/connect/v3/mfa/step-up')
    expect(JSON.parse(v3.sent[0]?.body ?? '')).toEqual({ rememberMeId: 'r', device: 'd' })
    const v2 = client('v2', v2ok({ isTrusted: false }))
    expect(await v2.bill.stepUp('s', remembered)).toEqual({
      ok: true,
      value: { trusted: false },
      status: 200,
    })
    expect(v2.sent[0]?.url).toBe('https://v2.example/api/v2/MFAStatus.json')
    expect(JSON.parse(form(v2.sent[0]?.body).data ?? '')).toEqual({ mfaId: 'r', deviceId: 'd' })
  })

  it('phone validation sends a text code unless told otherwise', async () => {
    const v3 = client('v3', '{"status":"OK"}')
    expect(await v3.bill.validatePhone('s', { setupId: 'x', code: '1' })).toEqual({
      ok: true,
      value: { path: '/v3/mfa/setup/validate' },
      status: 200,
    })
    await v3.bill.validatePhone('s', { setupId: 'x', code: '1', type: 'VOICE' })
    expect(v3.sent.map((s) => JSON.parse(s.body ?? '').type)).toEqual(['TEXT', 'VOICE'])
  })

  it('v2 has no phone calls, and sends nothing for them', async () => {
    const v2 = client('v2', v2ok({}))
    const refusal = {
      ok: false,
      error: {
        kind: 'unknown',
        api: 'v2',
        message: 'BILL v2 has no MFA phone calls. Add the phone with the v3 API or in the BILL web app.',
      },
    }
    expect(await v2.bill.mfaPhones('s')).toEqual(refusal)
    expect(await v2.bill.mfaSetup('s', { phone: '1' })).toEqual(refusal)
    expect(await v2.bill.validatePhone('s', { setupId: 'x', code: '1' })).toEqual(refusal)
    expect(v2.sent).toEqual([])
  })
})

describe('replay follows the endpoint’s API', () => {
  it('a v2 endpoint is a form POST to the v2 base, whatever the client’s API', async () => {
    const { bill, sent } = client('v3', v2ok({}))
    await bill.replay('s', { api: 'v2', method: 'POST', path: 'ListOrgs.json' }, { a: 1 })
    expect(sent[0]?.url).toBe('https://v2.example/api/v2/ListOrgs.json')
    expect(form(sent[0]?.body)).toEqual({ devKey: 'dk', sessionId: 's', data: '{"a":1}' })
  })

  it('a v3 endpoint is sent to the v3 base, with its body only when it is a POST', async () => {
    const { bill, sent } = client('v2', '{}')
    await bill.replay('s', { api: 'v3', method: 'POST', path: '/v3/mfa/challenge' }, { a: 1 })
    await bill.replay('s', { api: 'v3', method: 'GET', path: '/v3/login/session' }, { a: 1 })
    expect(sent).toEqual([
      { url: 'https://v3.example/connect/v3/mfa/challenge', method: 'POST', body: '{"a":1}' },
      { url: 'https://v3.example/connect/v3/login/session', method: 'GET', body: undefined },
    ])
  })
})
