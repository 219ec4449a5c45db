import { describe, expect, it } from 'vitest'
import type { BillContext } from '../../../../src/shared/bill/transport.ts'
import * as v2 from '../../../../src/shared/bill/v2.ts'

// The raw v2 calls as they go on the wire (form POSTs of devKey, sessionId and a `data` JSON string) and how
// each envelope is read.

interface Sent {
  url: string
  method: string | undefined
  headers: Record<string, string>
  form: Record<string, string>
}

const ok = (data: unknown) =>
  JSON.stringify({ response_status: 0, response_message: 'Success', response_data: data })
const refused = (data: unknown) =>
  JSON.stringify({ response_status: 1, response_message: 'Error', response_data: data })

function bill(answer: string) {
  const sent: Sent[] = []
  const fetch = (async (url: string, init: RequestInit = {}) => {
    const form = Object.fromEntries(new URLSearchParams(String(init.body)))
    sent.push({ url, method: init.method, headers: init.headers as Record<string, string>, form })
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof globalThis.fetch
  const ctx: BillContext = { baseUrl: 'https://api.example/api/v2', devKey: 'dk', fetch }
  return { ctx, sent }
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }

describe('login', () => {
  const input = { userName: 'u', password: 'p', orgId: 'o' }
  const session = ok({ sessionId: 's', orgId: 'o', usersId: 'u1' })

  it('posts top-level fields with the dev key, a remembered device only when both parts are given', async () => {
    const { ctx, sent } = bill(session)
    await v2.login(ctx, { ...input, mfaId: 'm', deviceId: 'd' })
    await v2.login(ctx, { ...input, mfaId: 'm' })
    await v2.login(ctx, { ...input, deviceId: 'd' })
    expect(sent.map((s) => s.form)).toEqual([
      { devKey: 'dk', ...input, mfaId: 'm', deviceId: 'd' },
      { devKey: 'dk', ...input },
      { devKey: 'dk', ...input },
    ])
    expect(sent[0]).toMatchObject({
      url: 'https://api.example/api/v2/Login.json',
      method: 'POST',
      headers: FORM,
    })
  })

  it('reads the session', async () => {
    expect(await v2.login(bill(session).ctx, input)).toEqual({
      ok: true,
      status: 200,
      value: { sessionId: 's', orgId: 'o', usersId: 'u1' },
    })
  })
})

describe('authenticated calls', () => {
  it.each([
    [
      'getSessionInfo',
      (c: BillContext) => v2.getSessionInfo(c, 's'),
      'GetSessionInfo.json',
      {},
      { organizationId: 'o', userId: 'u' },
    ],
    ['logout', (c: BillContext) => v2.logout(c, 's'), 'Logout.json', {}, {}],
    [
      'mfaChallenge',
      (c: BillContext) => v2.mfaChallenge(c, 's'),
      'MFAChallenge.json',
      {},
      { challengeId: 'c' },
    ],
    [
      'mfaStatus',
      (c: BillContext) => v2.mfaStatus(c, 's', { mfaId: 'm', deviceId: 'd' }),
      'MFAStatus.json',
      { mfaId: 'm', deviceId: 'd' },
      { isTrusted: true },
    ],
    [
      'protectedCall',
      (c: BillContext) => v2.protectedCall(c, 'SendInvite.json', 's', { to: 'x' }),
      'SendInvite.json',
      { to: 'x' },
      { id: 'i' },
    ],
  ] as const)('%s posts the session and its data to its file', async (_name, call, file, data, answer) => {
    const { ctx, sent } = bill(ok(answer))
    expect(await call(ctx)).toEqual({ ok: true, value: answer, status: 200 })
    expect(sent).toEqual([
      {
        url: `https://api.example/api/v2/${file}`,
        method: 'POST',
        headers: FORM,
        form: { devKey: 'dk', sessionId: 's', data: JSON.stringify(data) },
      },
    ])
  })

  it('callRaw answers as BILL sent it', async () => {
    const { ctx, sent } = bill('not json')
    expect(await v2.callRaw(ctx, 'ListOrgs.json', 's', { a: 1 })).toEqual({
      ok: true,
      response: { status: 200, contentType: 'application/json', text: 'not json' },
    })
    expect(sent[0]?.form).toEqual({ devKey: 'dk', sessionId: 's', data: '{"a":1}' })
  })

  it('mfaAuthenticate gives the remembered id when BILL sends one', async () => {
    const data = { challengeId: 'c', token: '123-456', deviceId: 'd', machineName: 'm', rememberMe: true }
    expect(await v2.mfaAuthenticate(bill(ok({ mfaId: 'r' })).ctx, 's', data)).toMatchObject({
      ok: true,
      value: { mfaId: 'r' },
    })
    const { ctx, sent } = bill(ok({}))
    expect(await v2.mfaAuthenticate(ctx, 's', data)).toEqual({ ok: true, value: {}, status: 200 })
    expect(sent[0]?.url).toBe('https://api.example/api/v2/MFAAuthenticate.json')
  })
})

describe('a refusal our request caused', () => {
  it('an error after useBackup:true on the challenge is explained by it; the same error otherwise is not', async () => {
    const error = refused({ error_message: 'Not allowed' })
    const backup = await v2.mfaChallenge(bill(error).ctx, 's', { useBackup: 'true' })
    expect(backup).toMatchObject({ ok: false, error: { kind: 'rejected-deprecated-field', api: 'v2' } })
    const primary = await v2.mfaChallenge(bill(error).ctx, 's', { useBackup: false })
    expect(primary).toMatchObject({ ok: false, error: { kind: 'unknown', billMessage: 'Not allowed' } })
    const elsewhere = await v2.protectedCall(bill(error).ctx, 'PayBills.json', 's', { useBackup: true })
    expect(elsewhere).toMatchObject({ ok: false, error: { kind: 'unknown' } })
  })
})
