import { describe, expect, it } from 'vitest'
import { record } from '../../../../src/shared/bill/shapes.ts'
import { readV3 } from '../../../../src/shared/bill/v3-response.ts'

// A v3 answer: the value on 2xx; otherwise BILL's problem (an array, or one object), or not BILL's answer.

const shape = record({ sessionId: 'string' })
const read = (status: number, text: string) =>
  readV3({ status, contentType: 'application/json', text }, shape)

describe('readV3', () => {
  it('a body of only white space is an empty answer', () => {
    const nothing = (v: unknown) => (v === undefined ? null : undefined)
    expect(readV3({ status: 200, contentType: '', text: ' \n' }, nothing)).toEqual({
      ok: true,
      value: null,
      status: 200,
    })
  })

  it('only 2xx is a success: a 300 with a value-shaped body is not BILL’s answer', () => {
    expect(read(299, '{"sessionId":"s"}')).toEqual({ ok: true, value: { sessionId: 's' }, status: 299 })
    expect(read(300, '{"sessionId":"s"}')).toMatchObject({
      ok: false,
      error: { kind: 'malformed-response', httpStatus: 300 },
    })
  })

  it('a problem needs a code or a message as text', () => {
    expect(read(400, '[{"severity":"ERROR"}]')).toMatchObject({
      ok: false,
      error: { kind: 'malformed-response' },
    })
    expect(read(400, '[{"code":1109,"message":false}]')).toMatchObject({
      ok: false,
      error: { kind: 'malformed-response' },
    })
    const odd = read(401, '[{"code":1109,"message":"Session is invalid."}]')
    expect(odd).toMatchObject({
      ok: false,
      error: { kind: 'session-expired', billMessage: 'Session is invalid.' },
    })
    if (!odd.ok) expect(odd.error).not.toHaveProperty('code')
    const codeOnly = read(400, '[{"code":"BDC_1109","message":7}]')
    expect(codeOnly).toMatchObject({ ok: false, error: { kind: 'session-expired', code: 'BDC_1109' } })
    if (!codeOnly.ok) expect(codeOnly.error).not.toHaveProperty('billMessage')
  })

  it('without a problem: a 429 is a rate limit, 5xx a server error, another status not BILL’s answer', () => {
    expect(read(429, '')).toMatchObject({ ok: false, error: { kind: 'rate-limited', httpStatus: 429 } })
    for (const status of [500, 502])
      expect(read(status, '<html>')).toEqual({
        ok: false,
        error: {
          kind: 'server',
          api: 'v3',
          httpStatus: status,
          message: `BILL had a server error (HTTP ${status}). The sandbox has no uptime guarantee: try again in a few minutes.`,
        },
      })
    expect(read(404, '')).toMatchObject({ ok: false, error: { kind: 'malformed-response', httpStatus: 404 } })
  })
})
