import { bdcKind } from './bdc-codes.ts'
import type { DeprecatedMfaUse } from './deprecated-fields.ts'
import type { BillErrorKind } from './error-kinds.ts'
import type { BillApi } from './hosts.ts'

// From BILL's answer to one of our kinds: the code first (bdc-codes.ts), then the HTTP status and our request.
export interface FailureFacts {
  api: BillApi
  code?: string | undefined
  billMessage?: string | undefined
  httpStatus?: number | undefined
  /** The removed MFA option our own request carried, if any. */
  deprecatedUse?: DeprecatedMfaUse | undefined
}

export function classifyFailure(f: FailureFacts): BillErrorKind {
  const byCode = f.code ? bdcKind(f.code) : undefined
  if (byCode) return byCode
  if (f.httpStatus === 429) return 'rate-limited'
  // Stryker disable next-line ConditionalExpression: without the first test, undefined >= 500 is false too
  if (f.httpStatus !== undefined && f.httpStatus >= 500) return 'server'
  // BILL published the refusal but not its code: our request body tells us why (v3: HTTP 400, v2: any error).
  if (f.deprecatedUse && (f.api === 'v2' || f.httpStatus === 400)) return 'rejected-deprecated-field'
  if (f.billMessage && /invalid.*(token|code)|(token|code).*(invalid|incorrect)/i.test(f.billMessage))
    return 'mfa-wrong-code'
  if (f.httpStatus === 401) return 'session-expired'
  return 'unknown'
}
