import { describe, expect, it } from 'vitest'
import type { BillContext } from '../../../../src/shared/bill/transport.ts'
import * as v3 from '../../../../src/shared/bill/v3.ts'

// The raw v3 calls as they go on the wire (path, method, headers, JSON body) and how each answer is read.

interface Sent {
  url: string
  method: string | undefined
  headers: Record<string, string>
  body: unknown
}

function bill(status: number, answer: string) {
  const sent: Sent[] = []
  const fetch = (async (url: string, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body
    sent.push({ url, method: init.method, headers: init.headers as Record<string, string>, body })
    return new Response(answer, { status, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof globalThis.fetch
  const ctx: BillContext = { baseUrl: 'https://gw.example/connect/', devKey: 'dk', fetch }
  return { ctx, sent }
}

describe('sendRaw', () => {
  it('a GET without a session carries only accept, and no body', async () => {
    const { ctx, sent } = bill(200, '{}')
    await v3.sendRaw(ctx, { method: 'GET', path: '/v3/login/organizations' })
    expect(sent).toEqual([
      {
        url: 'https://gw.example/connect/v3/login/organizations',
        method: 'GET',
        headers: { accept: 'application/json' },
        body: undefined,
      },
    ])
  })

  it('a POST with a session carries the JSON body, the dev key and the session', async () => {
    const { ctx, sent } = bill(200, '{}')
    await v3.sendRaw(ctx, { method: 'POST', path: 'v3/payments', sessionId: 's1', body: { amount: 1 } })
    expect(sent).toEqual([
      {
        url: 'https://gw.example/connect/v3/payments',
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          devKey: 'dk',
          sessionId: 's1',
        },
        body: { amount: 1 },
      },
    ])
  })
})

describe('login', () => {
  const input = { username: 'u', password: 'p', organizationId: 'o' }
  const answer = '{"organizationId":"o","sessionId":"s","userId":"u1","trusted":true}'

  it('sends the dev key in the body, and a remembered device only when both parts are given', async () => {
    const { ctx, sent } = bill(200, answer)
    await v3.login(ctx, { ...input, rememberMeId: 'r', device: 'd' })
    await v3.login(ctx, { ...input, rememberMeId: 'r' })
    await v3.login(ctx, { ...input, device: 'd' })
    expect(sent.map((s) => s.body)).toEqual([
      { ...input, devKey: 'dk', rememberMeId: 'r', device: 'd' },
      { ...input, devKey: 'dk' },
      { ...input, devKey: 'dk' },
    ])
    expect(sent[0]).toMatchObject({ url: 'https://gw.example/connect/v3/login', method: 'POST' })
    expect(sent[0]?.headers).not.toHaveProperty('sessionId')
  })

  it('reads the session, trusted or not said', async () => {
    expect(await v3.login(bill(200, answer).ctx, input)).toEqual({
      ok: true,
      status: 200,
      value: { organizationId: 'o', sessionId: 's', userId: 'u1', trusted: true },
    })
    const untold = await v3.login(
      bill(200, '{"organizationId":"o","sessionId":"s","userId":"u1"}').ctx,
      input,
    )
    expect(untold).toMatchObject({ ok: true, value: { sessionId: 's' } })
  })
})

describe('each call’s path, method and answer', () => {
  it.each([
    [
      'session',
      (c: BillContext) => v3.session(c, 's'),
      'GET',
      '/v3/login/session',
      '{"organizationId":"o","userId":"u","mfaStatus":"ENABLED"}',
    ],
    ['logout', (c: BillContext) => v3.logout(c, 's'), 'POST', '/v3/logout', ''],
    ['mfaPhones', (c: BillContext) => v3.mfaPhones(c, 's'), 'GET', '/v3/mfa/phones', '{"results":[]}'],
    [
      'mfaChallenge',
      (c: BillContext) => v3.mfaChallenge(c, 's'),
      'POST',
      '/v3/mfa/challenge',
      '{"challengeId":"c"}',
    ],
    [
      'validateChallenge',
      (c: BillContext) => v3.validateChallenge(c, 's', { challengeId: 'c', token: '1' }),
      'POST',
      '/v3/mfa/challenge/validate',
      '{}',
    ],
    [
      'stepUp',
      (c: BillContext) => v3.stepUp(c, 's', { rememberMeId: 'r', device: 'd' }),
      'POST',
      '/v3/mfa/step-up',
      '{"trusted":true}',
    ],
    [
      'mfaSetup',
      (c: BillContext) => v3.mfaSetup(c, 's', { phone: '1', type: 'TEXT' }),
      'POST',
      '/v3/mfa/setup',
      '{"setupId":"x"}',
    ],
    [
      'validatePhone',
      (c: BillContext) =>
        v3.validatePhone(c, 's', { setupId: 'x', type: 'TEXT', token: '1' }, '/v3/mfa/validate'),
      'POST',
      '/v3/mfa/validate',
      '{"status":"OK"}',
    ],
  ] as const)('%s', async (_name, call, method, path, answer) => {
    const { ctx, sent } = bill(200, answer)
    const r = await call(ctx)
    expect(r.ok).toBe(true)
    expect(sent[0]).toMatchObject({ url: `https://gw.example/connect${path}`, method })
    expect(sent[0]?.headers).toMatchObject({ devKey: 'dk', sessionId: 's' })
  })

  it('sign-out answers null for BILL’s empty body', async () => {
    expect(await v3.logout(bill(200, '').ctx, 's')).toEqual({ ok: true, value: null, status: 200 })
  })
})

describe('MFA phones', () => {
  it('reads each phone of the results', async () => {
    const phones = '{"results":[{"type":"TEXT","last4digits":"1234","primary":true,"extra":1}]}'
    expect(await v3.mfaPhones(bill(200, phones).ctx, 's')).toEqual({
      ok: true,
      status: 200,
      value: [{ type: 'TEXT', last4digits: '1234', primary: true }],
    })
  })

  it.each([
    ['no results', '{}'],
    ['results not a list', '{"results":{"type":"TEXT"}}'],
    [
      'one phone of the wrong shape',
      '{"results":[{"type":"TEXT","last4digits":"1234","primary":true},{"type":"TEXT"}]}',
    ],
    ['a list, not an object', '[]'],
  ])('%s is not BILL’s answer', async (_what, body) => {
    expect(await v3.mfaPhones(bill(200, body).ctx, 's')).toMatchObject({
      ok: false,
      error: { kind: 'malformed-response' },
    })
  })
})

describe('a refusal our request caused', () => {
  it('a 400 after a removed MFA value is explained by it', async () => {
    const challenge = await v3.mfaChallenge(bill(400, '[{"message":"no"}]').ctx, 's', { useBackup: true })
    expect(challenge).toMatchObject({ ok: false, error: { kind: 'rejected-deprecated-field' } })
    if (!challenge.ok) expect(challenge.error.message).toContain('useBackup:true')
    const setup = await v3.mfaSetup(bill(400, '[{"message":"no"}]').ctx, 's', {
      phone: '1',
      type: 'TEXT',
      primary: false,
    })
    expect(setup).toMatchObject({ ok: false, error: { kind: 'rejected-deprecated-field' } })
    if (!setup.ok) expect(setup.error.message).toContain('primary:false')
  })

  it('the same 400 without the value is not blamed on it', async () => {
    const challenge = await v3.mfaChallenge(bill(400, '[{"message":"no"}]').ctx, 's', { useBackup: false })
    expect(challenge).toMatchObject({ ok: false, error: { kind: 'unknown' } })
    const other = await v3.validateChallenge(bill(400, '[{"message":"no"}]').ctx, 's', {
      challengeId: 'c',
      token: '1',
      useBackup: true,
    } as never)
    expect(other).toMatchObject({ ok: false, error: { kind: 'unknown' } })
  })
})

describe('protected creates', () => {
  it.each([
    ['an object', '{"id":"p1"}', { id: 'p1' }],
    ['a list', '[{"id":"p1"}]', [{ id: 'p1' }]],
  ])('pass on %s as BILL sent it', async (_what, body, value) => {
    const { ctx, sent } = bill(200, body)
    expect(await v3.protectedCreate(ctx, '/v3/payments/bulk', 's', { a: 1 })).toEqual({
      ok: true,
      value,
      status: 200,
    })
    expect(sent[0]).toMatchObject({ url: 'https://gw.example/connect/v3/payments/bulk', body: { a: 1 } })
  })

  it('anything else is not BILL’s answer', async () => {
    expect(await v3.protectedCreate(bill(200, '"done"').ctx, '/v3/payments', 's', {})).toMatchObject({
      ok: false,
      error: { kind: 'malformed-response' },
    })
  })
})
