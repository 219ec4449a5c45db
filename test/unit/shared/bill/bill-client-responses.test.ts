import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createBillClient } from '../../../../src/shared/bill/client.ts'
import { BILL_ERROR_KINDS } from '../../../../src/shared/bill/error-kinds.ts'
import { billErrorToAppError } from '../../../../src/shared/bill/errors.ts'
import type { BillApi } from '../../../../src/shared/bill/hosts.ts'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import { failed, succeeded } from '../../bill-client-harness.ts'

// The client against canned answers: odd bodies must become BillErrors, never exceptions.

function answering(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': contentType } })
}

const client = (api: BillApi, f: typeof fetch) =>
  createBillClient({ api, baseUrls: BASE_URLS.sandbox, devKey: 'k', fetch: f })
const creds = { username: 'u', password: 'p', organizationId: '008x' }

describe('odd answers', () => {
  it.each([
    ['an HTML page', 200, '<html><body>Sign in</body></html>'],
    ['an empty body', 200, ''],
    ['broken JSON', 200, '{"sessionId":'],
    ['JSON of the wrong shape', 200, '{"hello":"world"}'],
    ['a JSON string', 200, '"ok"'],
    ['an HTML 404', 404, '<html>Not Found</html>'],
  ])('v3: %s → malformed-response', async (_what, status, body) => {
    const error = failed(await client('v3', answering(status, body)).login(creds))
    expect(error).toMatchObject({ kind: 'malformed-response', api: 'v3', httpStatus: status })
  })

  it.each([
    ['an HTML page', '<html></html>'],
    ['an empty body', ''],
    ['an envelope without a status', '{"response_data":{}}'],
    [
      'a success with the wrong data',
      '{"response_status":0,"response_message":"Success","response_data":[]}',
    ],
  ])('v2: %s → malformed-response', async (_what, body) => {
    const error = failed(await client('v2', answering(200, body)).login(creds))
    expect(error).toMatchObject({ kind: 'malformed-response', api: 'v2' })
  })

  it('v3: a problem without a code keeps BILL message (validation errors, OBS)', async () => {
    const f = answering(400, '[{"message":"address: must not be null","severity":"ERROR"}]')
    const error = failed(await client('v3', f).createPayment('s', {}))
    expect(error).toMatchObject({
      kind: 'unknown',
      billMessage: 'address: must not be null',
      httpStatus: 400,
    })
    expect(error.message).toContain('address: must not be null')
  })

  it('v3: a single problem object (not an array) is read too', async () => {
    const f = answering(401, '{"code":"BDC_1109","message":"Session is invalid.  Please log in."}')
    expect(failed(await client('v3', f).sessionInfo('s'))).toMatchObject({
      kind: 'session-expired',
      code: 'BDC_1109',
    })
  })

  it.each([
    ['BDC_1374', 400, 'mfa-code-expired'],
    ['BDC_1103', 401, 'bad-dev-key'],
    ['BDC_1322', 400, 'rate-limited'],
    ['BDC_9999', 429, 'rate-limited'],
    ['BDC_1001', 503, 'server'],
  ])('v3: %s with HTTP %i → %s', async (code, status, kind) => {
    const f = answering(status, JSON.stringify([{ code, message: 'm' }]))
    expect(failed(await client('v3', f).sessionInfo('s')).kind).toBe(kind)
  })

  it('v3: a 429 without a body is still a rate limit', async () => {
    expect(failed(await client('v3', answering(429, '')).mfaChallenge('s')).kind).toBe('rate-limited')
  })

  it('v3: logout accepts an empty 200', async () => {
    expect(succeeded(await client('v3', answering(200, '', 'text/plain')).logout('s'))).toBeNull()
  })

  it('a fetch that rejects with a TypeError → network', async () => {
    const f: typeof fetch = async () => {
      throw new TypeError('fetch failed')
    }
    expect(failed(await client('v2', f).login(creds)).kind).toBe('network')
  })

  it('never throws on any body or status (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<BillApi>('v2', 'v3'),
        fc.integer({ min: 200, max: 599 }),
        fc.oneof(fc.string(), fc.json()),
        async (api, status, body) => {
          const r = await client(api, answering(status, body)).login(creds)
          if (!r.ok) expect(BILL_ERROR_KINDS).toContain(r.error.kind)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('billErrorToAppError', () => {
  it('keeps the kind and message and puts BILL facts under bill', () => {
    const appError = billErrorToAppError({
      kind: 'untrusted-session',
      message: 'needs trust',
      api: 'v3',
      code: 'BDC_1361',
      billMessage: 'Untrusted session.',
      httpStatus: 403,
    })
    expect(appError).toEqual({
      kind: 'untrusted-session',
      message: 'needs trust',
      bill: { code: 'BDC_1361', message: 'Untrusted session.', httpStatus: 403, api: 'v3' },
    })
  })

  it('omits what BILL did not send', () => {
    // Strict: a key holding undefined would still be "sent" (structured clone keeps it, `'code' in bill` is true).
    expect(billErrorToAppError({ kind: 'network', message: 'offline', api: 'v2' })).toStrictEqual({
      kind: 'network',
      message: 'offline',
      bill: { api: 'v2' },
    })
  })
})
