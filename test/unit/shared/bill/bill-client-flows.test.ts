import { afterEach, describe, expect, it } from 'vitest'
import type { BillApi } from '../../../../src/shared/bill/hosts.ts'
import {
  credentials,
  failed,
  type Harness,
  inProcess,
  passIdleTimeout,
  QA,
  SYNC,
  succeeded,
  TRANSPORTS,
} from '../../bill-client-harness.ts'

// The whole MFA story, for both APIs and both transports: sign in, challenge, code from the texts,
// validate with remember, trusted, idle out, sign in again with the remembered device, trusted at once.

describe.each(TRANSPORTS)('full MFA flow (%s)', (_name, start) => {
  let h: Harness
  afterEach(() => h.close())

  it.each(['v2', 'v3'] as BillApi[])(
    '%s: sign in, challenge, remember, idle out, trusted again',
    async (api) => {
      h = await start()
      const bill = h.client(api)
      const first = succeeded(await bill.login(credentials(QA)))
      expect(first).toMatchObject({ organizationId: QA.organizationId, userId: QA.userId, trusted: false })
      expect(first.organizationId.startsWith('008')).toBe(true)

      expect(failed(await bill.createPayment(first.sessionId, { amount: 10 })).kind).toBe('untrusted-session')

      const { challengeId } = succeeded(await bill.mfaChallenge(first.sessionId))
      const code = await h.lastCode(QA.phone!)
      expect(code).toMatch(/^\d{6}$/)
      const answer = { challengeId, code, device: 'qa-laptop', machineName: 'QA laptop', rememberMe: true }
      const { rememberedId } = succeeded(await bill.mfaValidate(first.sessionId, answer))
      expect(rememberedId).toEqual(expect.any(String))

      const payment = succeeded(await bill.createPayment(first.sessionId, { amount: 10 }))
      expect(payment).toMatchObject({ amount: 10, id: expect.any(String) })

      await passIdleTimeout(h)
      const expired = failed(await bill.sessionInfo(first.sessionId))
      expect(expired).toMatchObject({ kind: 'session-expired', code: 'BDC_1109', api })
      expect(expired.httpStatus).toBe(api === 'v3' ? 401 : 200)

      const remembered = { id: rememberedId!, device: 'qa-laptop' }
      const second = succeeded(await bill.login({ ...credentials(QA), remembered }))
      expect(second.trusted).toBe(true)
      expect(succeeded(await bill.createPayment(second.sessionId, { amount: 5 }))).toMatchObject({
        amount: 5,
      })

      expect(succeeded(await bill.logout(second.sessionId))).toBeNull()
      expect(failed(await bill.sessionInfo(second.sessionId)).kind).toBe('session-expired')
    },
  )
})

describe('sessions', () => {
  let h: Harness
  afterEach(() => h.close())

  it.each(['v2', 'v3'] as BillApi[])('%s: every call resets the idle timer', async (api) => {
    h = inProcess()
    const bill = h.client(api)
    const { sessionId } = succeeded(await bill.login(credentials(QA)))
    for (let i = 0; i < 3; i++) {
      await h.control('/clock', { advanceMs: 30 * 60 * 1000 })
      succeeded(await bill.sessionInfo(sessionId))
    }
    await passIdleTimeout(h)
    expect(failed(await bill.sessionInfo(sessionId)).kind).toBe('session-expired')
  })

  it.each(['v2', 'v3'] as BillApi[])('%s: a sync-token session never idles out', async (api) => {
    h = inProcess()
    const bill = h.client(api, SYNC)
    const token = SYNC.syncToken!
    const username = api === 'v2' ? token.name : SYNC.username
    const signedIn = succeeded(
      await bill.login({ username, password: token.token, organizationId: SYNC.organizationId }),
    )
    await h.control('/clock', { advanceMs: 10 * 24 * 60 * 60 * 1000 })
    expect(succeeded(await bill.sessionInfo(signedIn.sessionId))).toMatchObject({ userId: SYNC.userId })
  })

  it.each(['v2', 'v3'] as BillApi[])('%s: a remembered device expires after 30 days', async (api) => {
    h = inProcess()
    const bill = h.client(api)
    const { sessionId } = succeeded(await bill.login(credentials(QA)))
    const { challengeId } = succeeded(await bill.mfaChallenge(sessionId))
    const code = await h.lastCode(QA.phone!)
    const answer = { challengeId, code, device: 'd1', machineName: 'm', rememberMe: true }
    const remembered = {
      id: succeeded(await bill.mfaValidate(sessionId, answer)).rememberedId!,
      device: 'd1',
    }
    const wrongDevice = succeeded(
      await bill.login({ ...credentials(QA), remembered: { ...remembered, device: 'd2' } }),
    )
    expect(wrongDevice.trusted).toBe(false)
    await h.control('/clock', { advanceMs: 31 * 24 * 60 * 60 * 1000 })
    expect(succeeded(await bill.login({ ...credentials(QA), remembered })).trusted).toBe(false)
  })

  it('v3: step-up trusts an open session with a remembered device; v2 reports it', async () => {
    h = inProcess()
    for (const api of ['v3', 'v2'] as BillApi[]) {
      const bill = h.client(api)
      const a = succeeded(await bill.login(credentials(QA)))
      const { challengeId } = succeeded(await bill.mfaChallenge(a.sessionId))
      const code = await h.lastCode(QA.phone!)
      const answer = { challengeId, code, device: 'dev', machineName: 'm', rememberMe: true }
      const remembered = {
        id: succeeded(await bill.mfaValidate(a.sessionId, answer)).rememberedId!,
        device: 'dev',
      }
      const b = succeeded(await bill.login(credentials(QA)))
      expect(succeeded(await bill.stepUp(b.sessionId, { ...remembered, id: 'nope' })).trusted).toBe(false)
      expect(succeeded(await bill.stepUp(b.sessionId, remembered)).trusted).toBe(true)
    }
  })

  it('validating without rememberMe trusts the session but gives no remembered id', async () => {
    h = inProcess()
    for (const api of ['v3', 'v2'] as BillApi[]) {
      const bill = h.client(api)
      const { sessionId } = succeeded(await bill.login(credentials(QA)))
      const { challengeId } = succeeded(await bill.mfaChallenge(sessionId))
      const code = await h.lastCode(QA.phone!)
      const answer = { challengeId, code, device: 'd', machineName: 'm', rememberMe: false }
      expect(succeeded(await bill.mfaValidate(sessionId, answer))).toEqual({})
      expect(succeeded(await bill.createPayment(sessionId, { amount: 1 }))).toMatchObject({ amount: 1 })
    }
  })
})
