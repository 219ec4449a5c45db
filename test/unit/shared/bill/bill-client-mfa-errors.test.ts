import { afterEach, describe, expect, it } from 'vitest'
import { createBillClient } from '../../../../src/shared/bill/client.ts'
import type { BillApi } from '../../../../src/shared/bill/hosts.ts'
import * as v2 from '../../../../src/shared/bill/v2.ts'
import * as v3 from '../../../../src/shared/bill/v3.ts'
import {
  credentials,
  failed,
  type Harness,
  inProcess,
  NO_PHONE,
  QA,
  succeeded,
} from '../../bill-client-harness.ts'

// Each MFA refusal the sandbox models, seen through the client as a BillError kind.
const APIS: BillApi[] = ['v2', 'v3']

let h: Harness
afterEach(() => h.close())

async function challenged(api: BillApi) {
  const bill = h.client(api)
  const { sessionId } = succeeded(await bill.login(credentials(QA)))
  const { challengeId } = succeeded(await bill.mfaChallenge(sessionId))
  const code = await h.lastCode(QA.phone!)
  const answer = (c: string) => ({ challengeId, code: c, device: 'd', machineName: 'm', rememberMe: false })
  const wrong = code === '000000' ? '111111' : '000000'
  return { bill, sessionId, code, wrong, answer }
}

describe.each(APIS)('%s MFA refusals', (api) => {
  it('a wrong code is refused, then the right one works', async () => {
    h = inProcess()
    const { bill, sessionId, code, wrong, answer } = await challenged(api)
    expect(failed(await bill.mfaValidate(sessionId, answer(wrong)))).toMatchObject({
      kind: 'mfa-wrong-code',
      code: 'BDC_1355',
    })
    expect(succeeded(await bill.mfaValidate(sessionId, answer(code)))).toEqual({})
  })

  it('an expired code is refused after the code TTL', async () => {
    h = inProcess()
    const { bill, sessionId, code, answer } = await challenged(api)
    await h.control('/clock', { advanceMs: 5 * 60 * 1000 + 1 })
    expect(failed(await bill.mfaValidate(sessionId, answer(code)))).toMatchObject({
      kind: 'mfa-code-expired',
      code: 'BDC_1356',
    })
  })

  it('a used challenge cannot be answered again', async () => {
    h = inProcess()
    const { bill, sessionId, code, answer } = await challenged(api)
    succeeded(await bill.mfaValidate(sessionId, answer(code)))
    expect(failed(await bill.mfaValidate(sessionId, answer(code))).kind).toBe('mfa-code-expired')
  })

  it('the third wrong code locks the challenge, even for the right code', async () => {
    h = inProcess()
    const { bill, sessionId, code, wrong, answer } = await challenged(api)
    expect(failed(await bill.mfaValidate(sessionId, answer(wrong))).kind).toBe('mfa-wrong-code')
    expect(failed(await bill.mfaValidate(sessionId, answer(wrong))).kind).toBe('mfa-wrong-code')
    expect(failed(await bill.mfaValidate(sessionId, answer(wrong)))).toMatchObject({
      kind: 'mfa-too-many-attempts',
      code: 'BDC_1358',
    })
    expect(failed(await bill.mfaValidate(sessionId, answer(code))).kind).toBe('mfa-too-many-attempts')
  })

  it('the sixth text in a minute is rate-limited, and allowed again a minute later', async () => {
    h = inProcess()
    const bill = h.client(api)
    const { sessionId } = succeeded(await bill.login(credentials(QA)))
    for (let i = 0; i < 5; i++) succeeded(await bill.mfaChallenge(sessionId))
    const limited = failed(await bill.mfaChallenge(sessionId))
    expect(limited).toMatchObject({ kind: 'rate-limited', code: 'BDC_1144' })
    expect(limited.httpStatus).toBe(api === 'v3' ? 429 : 200)
    await h.control('/clock', { advanceMs: 60_000 })
    succeeded(await bill.mfaChallenge(sessionId))
  })

  it('a user without a phone gets BDC_1354', async () => {
    h = inProcess()
    const bill = h.client(api, NO_PHONE)
    const { sessionId } = succeeded(await bill.login(credentials(NO_PHONE)))
    expect(failed(await bill.mfaChallenge(sessionId))).toMatchObject({
      kind: 'mfa-no-phone',
      code: 'BDC_1354',
    })
  })

  it('the v2 dashed code "123-456" is accepted', async () => {
    h = inProcess()
    const { bill, sessionId, code, answer } = await challenged(api)
    expect(
      succeeded(await bill.mfaValidate(sessionId, answer(`${code.slice(0, 3)}-${code.slice(3)}`))),
    ).toEqual({})
  })

  it('sign-in refusals: wrong password, wrong dev key, wrong organization', async () => {
    h = inProcess()
    const bill = h.client(api)
    expect(failed(await bill.login({ ...credentials(QA), password: 'nope' }))).toMatchObject({
      kind: 'invalid-credentials',
      code: 'BDC_1101',
    })
    expect(
      failed(await bill.login({ ...credentials(QA), organizationId: NO_PHONE.organizationId })).kind,
    ).toBe('invalid-credentials')
    const badKey = h.client(api, { ...QA, devKey: 'not-a-key' })
    expect(failed(await badKey.login(credentials(QA)))).toMatchObject({
      kind: 'bad-dev-key',
      code: 'BDC_1102',
    })
  })
})

describe('the 2026-03-30 backup-phone removal', () => {
  const ctx = (base: string, devKey = QA.devKey) => ({ baseUrl: base, devKey, fetch: h.fetch })
  const v3Session = async () =>
    succeeded(await v3.login(ctx(`${h.origin}/connect`), credentials(QA))).sessionId
  const v2Session = async () =>
    succeeded(
      await v2.login(ctx(`${h.origin}/api/v2`), {
        userName: QA.username,
        password: QA.password,
        orgId: QA.organizationId,
      }),
    ).sessionId

  it.each([true, 'true', 'TRUE'])('v3 challenge with useBackup %j is a 400', async (useBackup) => {
    h = inProcess()
    const error = failed(await v3.mfaChallenge(ctx(`${h.origin}/connect`), await v3Session(), { useBackup }))
    expect(error).toMatchObject({ kind: 'rejected-deprecated-field', httpStatus: 400 })
    expect(error.message).toContain('useBackup:true')
  })

  it.each([false, 'false', 'False'])('v3 challenge with useBackup %j is fine', async (useBackup) => {
    h = inProcess()
    succeeded(await v3.mfaChallenge(ctx(`${h.origin}/connect`), await v3Session(), { useBackup }))
  })

  it.each([false, 'false', 'FALSE'])('v3 setup with primary %j is a 400', async (primary) => {
    h = inProcess()
    const body = { phone: '+12025550199', type: 'TEXT' as const, primary }
    const error = failed(await v3.mfaSetup(ctx(`${h.origin}/connect`), await v3Session(), body))
    expect(error).toMatchObject({ kind: 'rejected-deprecated-field', httpStatus: 400 })
    expect(error.message).toContain('primary:false')
  })

  it.each([true, 'true'])(
    'v2 MFAChallenge.json with useBackup %j is an error in an HTTP 200',
    async (useBackup) => {
      h = inProcess()
      const error = failed(await v2.mfaChallenge(ctx(`${h.origin}/api/v2`), await v2Session(), { useBackup }))
      expect(error).toMatchObject({ kind: 'rejected-deprecated-field', httpStatus: 200, api: 'v2' })
    },
  )

  it('before 2026-03-30 (sandbox clock) the backup phone still worked', async () => {
    h = inProcess()
    const base = `${h.origin}/connect`
    await h.control('/clock', { now: '2026-03-01T12:00:00Z' })
    const sessionId = await v3Session()
    expect(failed(await v3.mfaChallenge(ctx(base), sessionId, { useBackup: true })).kind).toBe('mfa-no-phone')
    const backup = '+12025550188'
    const { setupId } = succeeded(
      await v3.mfaSetup(ctx(base), sessionId, { phone: backup, type: 'TEXT', primary: false }),
    )
    const token = await h.lastCode(backup)
    succeeded(
      await v3.validatePhone(ctx(base), sessionId, { setupId, type: 'TEXT', token }, '/v3/mfa/validate'),
    )
    succeeded(await v3.mfaChallenge(ctx(base), sessionId, { useBackup: 'true' }))
    expect((await h.control<{ to: string }[]>('/sms')).at(-1)?.to).toBe(backup)
    const phones = succeeded(await v3.mfaPhones(ctx(base), sessionId))
    expect(phones.map((p) => p.primary).sort()).toEqual([false, true])
  })

  it('the facade never sends useBackup or primary', async () => {
    h = inProcess()
    const bill = h.client('v3', NO_PHONE)
    const { sessionId } = succeeded(await bill.login(credentials(NO_PHONE)))
    succeeded(await bill.mfaSetup(sessionId, { phone: '+12025550111' }))
    failed(await bill.mfaChallenge(sessionId))
    const sent = await h.control<{ path: string; body?: string }[]>('/requests')
    const mfaBodies = sent.filter((r) => r.path.includes('/mfa/')).map((r) => JSON.parse(r.body ?? '{}'))
    expect(mfaBodies).toHaveLength(2)
    for (const body of mfaBodies) {
      expect(body).not.toHaveProperty('useBackup')
      expect(body).not.toHaveProperty('primary')
    }
  })
})

describe('phone setup (v3)', () => {
  it.each([
    ['/v3/mfa/setup/validate', false],
    ['/v3/mfa/validate', true],
  ] as const)('validates at %s (the Postman path answers 404: %s)', async (expected, postmanMissing) => {
    h = inProcess()
    // A BILL that only serves the documented path: the Postman path answers 404 BDC_1121.
    const onlyDocsPath: typeof fetch = (input, init) =>
      String(input).endsWith('/v3/mfa/setup/validate') && postmanMissing
        ? Promise.resolve(
            new Response('[{"code":"BDC_1121","message":"API not supported."}]', { status: 404 }),
          )
        : h.fetch(input, init)
    const bill = h.client('v3', NO_PHONE)
    const { sessionId } = succeeded(await bill.login(credentials(NO_PHONE)))
    const phone = '+12025550122'
    const { setupId } = succeeded(await bill.mfaSetup(sessionId, { phone }))
    const code = await h.lastCode(phone)
    const viaWrapper = createBillClient({
      api: 'v3',
      baseUrls: { v2: `${h.origin}/api/v2`, v3: `${h.origin}/connect` },
      devKey: NO_PHONE.devKey,
      fetch: onlyDocsPath,
    })
    expect(succeeded(await viaWrapper.validatePhone(sessionId, { setupId, code }))).toEqual({
      path: expected,
    })
    expect(succeeded(await bill.mfaPhones(sessionId))).toEqual([
      { type: 'MOBILE', last4digits: '0122', primary: true },
    ])
    succeeded(await bill.mfaChallenge(sessionId))
    expect(await h.lastCode(phone)).toMatch(/^\d{6}$/)
  })

  it('a wrong phone-validation code is refused; other errors do not fall back', async () => {
    h = inProcess()
    const bill = h.client('v3', NO_PHONE)
    const { sessionId } = succeeded(await bill.login(credentials(NO_PHONE)))
    const { setupId } = succeeded(await bill.mfaSetup(sessionId, { phone: '+12025550133' }))
    const code = await h.lastCode('+12025550133')
    const wrong = code === '999999' ? '888888' : '999999'
    expect(failed(await bill.validatePhone(sessionId, { setupId, code: wrong })).kind).toBe('mfa-wrong-code')
    const paths = (await h.control<{ path: string }[]>('/requests')).map((r) => r.path)
    expect(paths.filter((p) => p.endsWith('/validate'))).toEqual(['/connect/v3/mfa/setup/validate'])
  })

  it('v2 has no phone calls', async () => {
    h = inProcess()
    const bill = h.client('v2')
    expect(failed(await bill.mfaPhones('any')).message).toContain('v3')
  })
})
