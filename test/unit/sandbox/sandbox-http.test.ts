import { afterEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../sandbox/app.ts'
import { NO_PHONE, QA, SYNC } from '../bill-client-harness.ts'

// The sandbox's BILL surface at the HTTP level: envelopes, statuses, headers, bad input.

let s: SandboxApp
afterEach(() => s.shutdown())

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
})
const v3Creds = {
  username: QA.username,
  password: QA.password,
  organizationId: QA.organizationId,
  devKey: QA.devKey,
}
const v2Creds = { userName: QA.username, password: QA.password, orgId: QA.organizationId, devKey: QA.devKey }

async function v3SessionId(): Promise<string> {
  return ((await (await s.app.request('/connect/v3/login', json(v3Creds))).json()) as { sessionId: string })
    .sessionId
}
async function v2SessionId(): Promise<string> {
  const body = (await (await s.app.request('/api/v2/Login.json', form(v2Creds))).json()) as {
    response_data: { sessionId: string }
  }
  return body.response_data.sessionId
}

describe('v3', () => {
  it('errors are an array of problems with BILL fields', async () => {
    s = createSandboxApp({ quiet: true })
    const res = await s.app.request('/connect/v3/login', json({ ...v3Creds, password: 'wrong' }))
    expect(res.status).toBe(401)
    const [problem] = (await res.json()) as Record<string, unknown>[]
    expect(problem).toMatchObject({ code: 'BDC_1101', severity: 'ERROR', params: {} })
    expect(problem?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT.*\+00:00$/)
  })

  it('headers: missing → 400, unknown session → 401, names in any case', async () => {
    s = createSandboxApp({ quiet: true })
    const id = await v3SessionId()
    const missing = await s.app.request('/connect/v3/login/session', { headers: { devKey: QA.devKey } })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(await missing.json())).toContain('sessionId')
    const unknown = await s.app.request('/connect/v3/login/session', {
      headers: { devKey: QA.devKey, sessionId: 'nope' },
    })
    expect(unknown.status).toBe(401)
    const lower = await s.app.request('/connect/v3/login/session', {
      headers: { devkey: QA.devKey, SESSIONID: id },
    })
    expect(await lower.json()).toEqual({
      organizationId: QA.organizationId,
      userId: QA.userId,
      mfaStatus: 'COMPLETE',
      mfaBypass: false,
    })
  })

  it('a session only works with the dev key it signed in with', async () => {
    s = createSandboxApp({ quiet: true })
    const id = await v3SessionId()
    const res = await s.app.request('/connect/v3/login/session', {
      headers: { devKey: NO_PHONE.devKey, sessionId: id },
    })
    expect(res.status).toBe(401)
    expect(JSON.stringify(await res.json())).toContain('BDC_1102')
  })

  it('bad input: broken JSON, missing fields, unknown paths, bad booleans', async () => {
    s = createSandboxApp({ quiet: true })
    const broken = await s.app.request('/connect/v3/login', { method: 'POST', body: '{"username":' })
    expect(broken.status).toBe(400)
    expect(JSON.stringify(await broken.json())).toContain('BDC_1122')
    const { password: _, ...noPassword } = v3Creds
    const missing = await s.app.request('/connect/v3/login', json(noPassword))
    expect(((await missing.json()) as { message: string }[])[0]?.message).toBe(
      'Missing parameter value for parameter: password.',
    )
    const unknown = await s.app.request('/connect/v3/Login', json(v3Creds))
    expect(unknown.status).toBe(404)
    expect(JSON.stringify(await unknown.json())).toContain('BDC_1121')
    const id = await v3SessionId()
    const headers = { devKey: QA.devKey, sessionId: id, 'content-type': 'application/json' }
    const yes = await s.app.request('/connect/v3/mfa/challenge', {
      method: 'POST',
      headers,
      body: '{"useBackup":"yes"}',
    })
    expect(yes.status).toBe(400)
  })

  it('logout answers 200 with an empty body and ends the session', async () => {
    s = createSandboxApp({ quiet: true })
    const id = await v3SessionId()
    const headers = { devKey: QA.devKey, sessionId: id }
    const res = await s.app.request('/connect/v3/logout', { method: 'POST', headers })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect((await s.app.request('/connect/v3/login/session', { headers })).status).toBe(401)
  })

  it.each(['/connect/v3/payments', '/connect/v3/payments/bulk', '/connect/v3/funding-accounts/banks'])(
    '%s is protected: 403 BDC_1361 until trusted',
    async (path) => {
      s = createSandboxApp({ quiet: true })
      const id = await v3SessionId()
      const init = { method: 'POST', headers: { devKey: QA.devKey, sessionId: id }, body: '[{"amount":1}]' }
      const res = await s.app.request(path, init)
      expect(res.status).toBe(403)
      expect(((await res.json()) as { code: string }[])[0]?.code).toBe('BDC_1361')
      const session = s.state.sessions.get(id)
      if (!session) throw new Error('session missing')
      session.trusted = true
      const ok = await s.app.request(path, init)
      expect(ok.status).toBe(200)
      expect(await ok.json()).toEqual([
        { amount: 1, id: expect.any(String), createdTime: expect.any(String) },
      ])
    },
  )
})

describe('v2', () => {
  it('answers HTTP 200 with the error in the envelope', async () => {
    s = createSandboxApp({ quiet: true })
    const res = await s.app.request('/api/v2/Login.json', form({ ...v2Creds, devKey: 'nope' }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      response_status: 1,
      response_message: 'Error',
      response_data: { error_code: 'BDC_1102', error_message: 'Developer key is invalid.' },
    })
  })

  it('Login.json answers sessionId, orgId, apiEndPoint and usersId', async () => {
    s = createSandboxApp({ quiet: true })
    const res = await s.app.request('http://127.0.0.1:9/api/v2/Login.json', form(v2Creds))
    expect(((await res.json()) as { response_data: unknown }).response_data).toEqual({
      sessionId: expect.any(String),
      orgId: QA.organizationId,
      apiEndPoint: 'http://127.0.0.1:9/api/v2',
      usersId: QA.userId,
    })
  })

  it('the sync token signs in with the token name or the user name', async () => {
    s = createSandboxApp({ quiet: true })
    const token = SYNC.syncToken!
    for (const userName of [token.name, SYNC.username]) {
      const fields = { userName, password: token.token, orgId: SYNC.organizationId, devKey: SYNC.devKey }
      const res = await s.app.request('/api/v2/Login.json', form(fields))
      expect(((await res.json()) as { response_status: number }).response_status).toBe(0)
    }
  })

  it('bad data JSON → BDC_1122; missing fields → BDC_1108; unknown file → BDC_1121', async () => {
    s = createSandboxApp({ quiet: true })
    const sessionId = await v2SessionId()
    const code = async (path: string, fields: Record<string, string>) =>
      ((await (await s.app.request(path, form(fields))).json()) as { response_data: { error_code: string } })
        .response_data.error_code
    expect(await code('/api/v2/MFAChallenge.json', { devKey: QA.devKey, sessionId, data: '{oops' })).toBe(
      'BDC_1122',
    )
    expect(await code('/api/v2/Login.json', { devKey: QA.devKey })).toBe('BDC_1108')
    expect(await code('/api/v2/GetSessionInfo.json', { sessionId })).toBe('BDC_1108')
    expect(await code('/api/v2/Nope.json', { devKey: QA.devKey, sessionId })).toBe('BDC_1121')
  })

  it.each([
    'SendVendorInvite.json',
    'SendInvite.json',
    'VendorBankAccount.json',
    'Crud/Create/VendorBankAccount.json',
    'PayBills.json',
  ])('%s is protected: BDC_1361 until trusted', async (file) => {
    s = createSandboxApp({ quiet: true })
    const sessionId = await v2SessionId()
    const fields = { devKey: QA.devKey, sessionId, data: '{"vendorId":"009x"}' }
    const refused = (await (await s.app.request(`/api/v2/${file}`, form(fields))).json()) as Record<
      string,
      unknown
    >
    expect(refused.response_data).toEqual({ error_code: 'BDC_1361', error_message: 'Untrusted session.' })
    s.state.sessions.get(sessionId)!.trusted = true
    const done = (await (await s.app.request(`/api/v2/${file}`, form(fields))).json()) as Record<
      string,
      unknown
    >
    expect(done.response_data).toMatchObject({ vendorId: '009x', id: expect.any(String) })
  })
})
