import { describe, expect, it } from 'vitest'
import { classifyFailure } from '../../../../src/shared/bill/classify.ts'
import { billFailure, parseJson, unreadable } from '../../../../src/shared/bill/failure.ts'

// BILL's answer to one of our kinds: a known code decides; then the HTTP status, then our own request.

const use = 'primary:false' as never

describe('classifyFailure', () => {
  it('a known code decides, whatever the status, in either case', () => {
    expect(classifyFailure({ api: 'v3', code: 'BDC_1109', httpStatus: 500 })).toBe('session-expired')
    expect(classifyFailure({ api: 'v3', code: 'bdc_1109', httpStatus: 400 })).toBe('session-expired')
  })

  it('a code that does not decide leaves it to the status', () => {
    expect(classifyFailure({ api: 'v3', code: 'BDC_9999', httpStatus: 429 })).toBe('rate-limited')
    expect(classifyFailure({ api: 'v3', code: 'BDC_1001', httpStatus: 500 })).toBe('server')
  })

  it('429 is rate limiting; 500 and over a server error; 499 is neither', () => {
    expect(classifyFailure({ api: 'v3', httpStatus: 429 })).toBe('rate-limited')
    expect(classifyFailure({ api: 'v3', httpStatus: 500 })).toBe('server')
    expect(classifyFailure({ api: 'v3', httpStatus: 503 })).toBe('server')
    expect(classifyFailure({ api: 'v3', httpStatus: 499 })).toBe('unknown')
  })

  it('a removed MFA option in our request explains a v3 400 or any v2 error, nothing else', () => {
    expect(classifyFailure({ api: 'v3', httpStatus: 400, deprecatedUse: use })).toBe(
      'rejected-deprecated-field',
    )
    expect(classifyFailure({ api: 'v2', httpStatus: 200, deprecatedUse: use })).toBe(
      'rejected-deprecated-field',
    )
    expect(classifyFailure({ api: 'v3', httpStatus: 403, deprecatedUse: use })).toBe('unknown')
    expect(classifyFailure({ api: 'v3', httpStatus: 400 })).toBe('unknown')
    expect(classifyFailure({ api: 'v2', httpStatus: 200 })).toBe('unknown')
  })

  it.each(['Invalid token', 'invalid MFA code', 'Token is invalid', 'The code is incorrect'])(
    'a wrong-code message without a code: %s',
    (billMessage) => {
      expect(classifyFailure({ api: 'v3', httpStatus: 400, billMessage })).toBe('mfa-wrong-code')
    },
  )

  it.each(['Invalid request', 'Token expired', 'code missing'])(
    'other messages stay unknown: %s',
    (billMessage) => {
      expect(classifyFailure({ api: 'v3', httpStatus: 400, billMessage })).toBe('unknown')
    },
  )

  it('a 401 without a code is the session ending', () => {
    expect(classifyFailure({ api: 'v3', httpStatus: 401 })).toBe('session-expired')
    expect(classifyFailure({ api: 'v3' })).toBe('unknown')
  })
})

describe('billFailure', () => {
  it("keeps BILL's code, message and status readable beside our kind and message", () => {
    expect(
      billFailure({ api: 'v2', code: 'BDC_1109', billMessage: 'Session is invalid.', httpStatus: 200 }),
    ).toEqual({
      kind: 'session-expired',
      api: 'v2',
      message: 'The BILL session has ended (35 idle minutes, or signed out). Sign in again.',
      code: 'BDC_1109',
      billMessage: 'Session is invalid.',
      httpStatus: 200,
    })
  })

  it('leaves out what BILL did not say', () => {
    expect(billFailure({ api: 'v3', httpStatus: 0 })).toEqual({
      kind: 'unknown',
      api: 'v3',
      message: 'BILL refused the request without saying why. Check the request and try again.',
      httpStatus: 0,
    })
    expect(billFailure({ api: 'v3' })).not.toHaveProperty('httpStatus')
  })
})

describe('unreadable', () => {
  it('is a server error from 500 up, a malformed answer below', () => {
    expect(unreadable({ api: 'v3', httpStatus: 500 })).toMatchObject({ kind: 'server', httpStatus: 500 })
    expect(unreadable({ api: 'v3', httpStatus: 500 }).message).toContain('(HTTP 500)')
    expect(unreadable({ api: 'v2', httpStatus: 499 })).toEqual({
      kind: 'malformed-response',
      api: 'v2',
      httpStatus: 499,
      message:
        'BILL answered with something that is not a BILL response (an HTML page, an empty or broken body). Check the base URL; if it is right, try again later.',
    })
  })
})

describe('parseJson', () => {
  it('reads JSON, and says so when it is not', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } })
    expect(parseJson('<html>')).toEqual({ ok: false })
  })
})
