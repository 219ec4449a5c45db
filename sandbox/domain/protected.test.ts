import { afterEach, describe, expect, it } from 'vitest'
import { MFA_BYPASS_DEV_KEY } from '../accounts.ts'
import { NO_PHONE, QA, type TestSandbox, testSandbox, type V3Session } from '../testing/calls.ts'
import { PROTECTED_OPERATIONS, type ProtectedOperation } from './protected-operations.ts'

// Production parity: every operation of BILL's protected list answers 403 BDC_1361 until the session is trusted;
// sandbox parity keeps the stage sandbox's behaviour (the observed ones only, and a dev key that bypasses MFA).

let t: TestSandbox
afterEach(() => t.s.shutdown())

const V3_OPERATIONS = PROTECTED_OPERATIONS.filter((op) => op.api === 'v3' && op.idPrefix)

/** A body that turns the operation on (autoPay flags), and the path with an object id. */
function call(op: ProtectedOperation): { path: string; body: unknown } {
  const path = op.path.replace(':id', '00900000000000000001')
  if (op.path.startsWith('/v3/vendors')) return { path, body: { name: 'Acme', autoPay: true } }
  if (op.path.startsWith('/v3/recurringbills'))
    return { path, body: { processingOptions: { autoPayment: true } } }
  return { path, body: { amount: 1 } }
}

const trust = (session: V3Session) => {
  const s = t.s.state.sessions.get(session.sessionId)
  if (s) s.trusted = true
}

describe('production parity', () => {
  it.each(V3_OPERATIONS.map((op) => [`${op.method} ${op.path}`, op] as const))(
    '%s: 403 BDC_1361 untrusted, answered once trusted',
    async (_name, op) => {
      t = testSandbox({ parity: 'production' })
      const session = await t.signIn(QA)
      const { path, body } = call(op)
      const refused = await t.v3(op.method, path, body, session)
      expect(refused.status).toBe(403)
      expect(await t.codeOf(refused)).toBe('BDC_1361')
      trust(session)
      const answered = await t.v3(op.method, path, body, session)
      expect(answered.status).toBe(200)
      expect(await answered.json()).toMatchObject({ id: expect.any(String) })
    },
  )

  it('autoPay and autoPayment left off need no trust; turned on (boolean, string or enabled) they do', async () => {
    t = testSandbox({ parity: 'production' })
    const session = await t.signIn(QA)
    for (const body of [{ name: 'Acme' }, { autoPay: false }, { autoPay: { enabled: false } }])
      expect((await t.v3('POST', '/v3/vendors', body, session)).status).toBe(200)
    expect((await t.v3('POST', '/v3/recurringbills', { processingOptions: {} }, session)).status).toBe(200)
    for (const body of [{ autoPay: 'true' }, { autoPay: { enabled: true } }])
      expect((await t.v3('PATCH', '/v3/vendors/0091', body, session)).status).toBe(403)
  })

  it('MFA reset: a second phone setup needs trust, a first one does not', async () => {
    t = testSandbox({ parity: 'production' })
    const qa = await t.signIn(QA)
    const reset = await t.v3('POST', '/v3/mfa/setup', { phone: '+12025550111', type: 'TEXT' }, qa)
    expect(reset.status).toBe(403)
    expect(await t.codeOf(reset)).toBe('BDC_1361')
    const first = await t.v3(
      'POST',
      '/v3/mfa/setup',
      { phone: '+12025550112', type: 'TEXT' },
      await t.signIn(NO_PHONE),
    )
    expect(first.status).toBe(200)
  })

  it('MFA done on the session (challenge and validate) makes a payment go through', async () => {
    t = testSandbox({ parity: 'production' })
    const session = await t.signIn(QA)
    expect((await t.v3('POST', '/v3/payments', { amount: 1 }, session)).status).toBe(403)
    const { challengeId } = (await (await t.v3('POST', '/v3/mfa/challenge', {}, session)).json()) as {
      challengeId: string
    }
    const token = t.s.state.texts.at(-1)?.code
    expect((await t.v3('POST', '/v3/mfa/challenge/validate', { challengeId, token }, session)).status).toBe(
      200,
    )
    expect((await t.v3('POST', '/v3/payments', { amount: 1 }, session)).status).toBe(200)
  })

  it('the bypass dev key bypasses nothing: mfaBypass false, payments refused', async () => {
    t = testSandbox({ parity: 'production' })
    const session = await t.signIn(QA, MFA_BYPASS_DEV_KEY)
    const details = await (await t.v3('GET', '/v3/login/session', undefined, session)).json()
    expect(details).toMatchObject({ mfaBypass: false })
    expect((await t.v3('POST', '/v3/payments', { amount: 1 }, session)).status).toBe(403)
  })

  it('v2: an untrusted PayBills.json gets BDC_1361 in the v2 envelope', async () => {
    t = testSandbox({ parity: 'production' })
    const login = await t.v2SignIn(QA)
    const { sessionId } = ((await login.json()) as { response_data: { sessionId: string } }).response_data
    const paid = await t.v2('/PayBills.json', { devKey: QA.devKey, sessionId, data: '{}' })
    expect(paid.status).toBe(200)
    expect(await t.codeOf(paid)).toBe('BDC_1361')
  })
})

describe('sandbox parity', () => {
  it('refuses only the operations the stage sandbox was seen refusing', async () => {
    t = testSandbox()
    const session = await t.signIn(QA)
    for (const op of V3_OPERATIONS) {
      const { path, body } = call(op)
      expect({ op: op.path, status: (await t.v3(op.method, path, body, session)).status }).toEqual({
        op: op.path,
        status: op.inSandbox ? 403 : 200,
      })
    }
    expect(
      (await t.v3('POST', '/v3/mfa/setup', { phone: '+12025550111', type: 'TEXT' }, session)).status,
    ).toBe(200)
  })

  it('the bypass dev key reports mfaBypass and runs protected operations untrusted; other keys do not', async () => {
    t = testSandbox()
    const bypass = await t.signIn(QA, MFA_BYPASS_DEV_KEY)
    expect(await (await t.v3('GET', '/v3/login/session', undefined, bypass)).json()).toMatchObject({
      mfaBypass: true,
    })
    expect((await t.v3('POST', '/v3/payments', { amount: 1 }, bypass)).status).toBe(200)
    const plain = await t.signIn(QA)
    expect(await (await t.v3('GET', '/v3/login/session', undefined, plain)).json()).toMatchObject({
      mfaBypass: false,
    })
    expect((await t.v3('POST', '/v3/payments', { amount: 1 }, plain)).status).toBe(403)
  })
})
