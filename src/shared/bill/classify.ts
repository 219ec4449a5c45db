import type { DeprecatedMfaUse } from './deprecated-fields.ts'
import type { BillErrorKind } from './error-kinds.ts'
import type { BillApi } from './hosts.ts'

// From BILL's answer to one of our kinds (codes: shared/reference/bill-api.md §10 and §12).
const KIND_BY_CODE: Readonly<Record<string, BillErrorKind>> = {
  BDC_1101: 'invalid-credentials',
  BDC_1102: 'bad-dev-key',
  BDC_1103: 'bad-dev-key',
  BDC_1109: 'session-expired',
  BDC_1361: 'untrusted-session',
  BDC_1354: 'mfa-no-phone',
  // The local sandbox's wrong-code answer (INF: BILL's code is not published).
  BDC_1355: 'mfa-wrong-code',
  // OBS says BDC_1356, one CODE source BDC_1374: both mean an expired code.
  BDC_1356: 'mfa-code-expired',
  BDC_1374: 'mfa-code-expired',
  BDC_1358: 'mfa-too-many-attempts',
  BDC_1144: 'rate-limited',
  BDC_1322: 'rate-limited',
}

export interface FailureFacts {
  api: BillApi
  code?: string | undefined
  billMessage?: string | undefined
  httpStatus?: number | undefined
  /** The removed MFA option our own request carried, if any. */
  deprecatedUse?: DeprecatedMfaUse | undefined
}

export function classifyFailure(f: FailureFacts): BillErrorKind {
  const byCode = f.code ? KIND_BY_CODE[f.code] : undefined
  if (byCode) return byCode
  if (f.httpStatus === 429) return 'rate-limited'
  if (f.httpStatus !== undefined && f.httpStatus >= 500) return 'server'
  // BILL published the refusal but not its code: our request body tells us why (v3: HTTP 400, v2: any error).
  if (f.deprecatedUse && (f.api === 'v2' || f.httpStatus === 400)) return 'rejected-deprecated-field'
  if (f.billMessage && /invalid.*(token|code)|(token|code).*(invalid|incorrect)/i.test(f.billMessage))
    return 'mfa-wrong-code'
  if (f.httpStatus === 401) return 'session-expired'
  return 'unknown'
}
