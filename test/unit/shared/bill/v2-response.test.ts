import { describe, expect, it } from 'vitest'
import { record } from '../../../../src/shared/bill/shapes.ts'
import { readV2 } from '../../../../src/shared/bill/v2-response.ts'

// A v2 envelope: response_status 0 (success) or 1 (error), whatever the HTTP status says.

const shape = record({ sessionId: 'string' })
const read = (body: unknown, status = 200) =>
  readV2({ status, contentType: 'application/json', text: JSON.stringify(body) }, shape)

describe('readV2', () => {
  it('a success with the fields asked for is the value', () => {
    expect(read({ response_status: 0, response_data: { sessionId: 's' } })).toEqual({
      ok: true,
      value: { sessionId: 's' },
      status: 200,
    })
  })

  it.each([2, -1, '0', '1', null, true])('an envelope whose status is %j is not BILL’s', (status) => {
    expect(read({ response_status: status, response_data: { sessionId: 's' } })).toMatchObject({
      ok: false,
      error: { kind: 'malformed-response', api: 'v2', httpStatus: 200 },
    })
  })

  it('a success envelope with a server error status is a server error', () => {
    for (const status of [500, 503])
      expect(read({ response_status: 0, response_data: { sessionId: 's' } }, status)).toMatchObject({
        ok: false,
        error: { kind: 'server', httpStatus: status },
      })
    expect(read({ response_status: 0, response_data: { sessionId: 's' } }, 499)).toMatchObject({ ok: true })
  })

  it('an error keeps BILL’s code and text when they are text, and drops them otherwise', () => {
    const text = read({
      response_status: 1,
      response_data: { error_code: 'BDC_1109', error_message: 'Session is invalid.' },
    })
    expect(text).toMatchObject({
      ok: false,
      error: { kind: 'session-expired', code: 'BDC_1109', billMessage: 'Session is invalid.' },
    })
    const odd = read({
      response_status: 1,
      response_data: { error_code: 1109, error_message: { text: 'x' } },
    })
    expect(odd).toMatchObject({ ok: false, error: { kind: 'unknown', api: 'v2' } })
    if (!odd.ok) {
      expect(odd.error).not.toHaveProperty('code')
      expect(odd.error).not.toHaveProperty('billMessage')
    }
    expect(read({ response_status: 1, response_data: 'oops' })).toMatchObject({
      ok: false,
      error: { kind: 'unknown' },
    })
  })
})
