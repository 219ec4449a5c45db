import type { DeprecatedMfaUse } from './deprecated-fields.ts'
import type { BillResult } from './errors.ts'
import { billFailure, parseJson, unreadable } from './failure.ts'
import { isRecord, type Shape } from './shapes.ts'
import type { RawResponse } from './transport.ts'

// Reads a v3 answer: the value itself on 2xx, an array of problems (sometimes one object) otherwise.

/** The first problem's code and message; validation problems can come without a code (OBS). */
function firstProblem(body: unknown): { code?: string; message?: string } | undefined {
  const problem = Array.isArray(body) ? body[0] : body
  if (!isRecord(problem)) return undefined
  const code = typeof problem.code === 'string' ? problem.code : undefined
  const message = typeof problem.message === 'string' ? problem.message : undefined
  return code || message ? { ...(code ? { code } : {}), ...(message ? { message } : {}) } : undefined
}

export function readV3<T>(
  res: RawResponse,
  shape: Shape<T>,
  deprecatedUse?: DeprecatedMfaUse,
): BillResult<T> {
  const parsed = res.text.trim() === '' ? { ok: true as const, value: undefined } : parseJson(res.text)
  // Stryker disable next-line ConditionalExpression: fetch gives no final status under 200 (an opaque redirect's 0 is refused in transport.ts)
  if (res.status >= 200 && res.status < 300) {
    const value = parsed.ok ? shape(parsed.value) : undefined
    if (value === undefined) return { ok: false, error: unreadable({ api: 'v3', httpStatus: res.status }) }
    return { ok: true, value, status: res.status }
  }
  const problem = parsed.ok ? firstProblem(parsed.value) : undefined
  // A 429 is still a rate limit without a readable body; another status without one is not BILL's answer
  // (unreadable() reports it as a server error from 500 up).
  if (!problem && res.status !== 429)
    return { ok: false, error: unreadable({ api: 'v3', httpStatus: res.status }) }
  return {
    ok: false,
    error: billFailure({
      api: 'v3',
      code: problem?.code,
      billMessage: problem?.message,
      httpStatus: res.status,
      deprecatedUse,
    }),
  }
}
