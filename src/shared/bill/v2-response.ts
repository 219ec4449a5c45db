import type { DeprecatedMfaUse } from './deprecated-fields.ts'
import type { BillResult } from './errors.ts'
import { billFailure, parseJson, unreadable } from './failure.ts'
import { isRecord, type Shape } from './shapes.ts'
import type { RawResponse } from './transport.ts'

// Reads a v2 envelope: {response_status: 0 | 1, response_message, response_data}. v2 errors come with HTTP 200.
export function readV2<T>(
  res: RawResponse,
  shape: Shape<T>,
  deprecatedUse?: DeprecatedMfaUse,
): BillResult<T> {
  const parsed = parseJson(res.text)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a parsed value that is not an object has no response_status either
  const envelope = parsed.ok && isRecord(parsed.value) ? parsed.value : undefined
  const status = envelope?.response_status
  if (!envelope || (status !== 0 && status !== 1))
    return { ok: false, error: unreadable({ api: 'v2', httpStatus: res.status }) }
  const data = envelope.response_data
  if (status === 1 || res.status >= 500) {
    const details = isRecord(data) ? data : {}
    return {
      ok: false,
      error: billFailure({
        api: 'v2',
        code: typeof details.error_code === 'string' ? details.error_code : undefined,
        billMessage: typeof details.error_message === 'string' ? details.error_message : undefined,
        httpStatus: res.status,
        deprecatedUse,
      }),
    }
  }
  const value = shape(data)
  if (value === undefined) return { ok: false, error: unreadable({ api: 'v2', httpStatus: res.status }) }
  return { ok: true, value, status: res.status }
}
