import type { AppError } from '../protocol/errors.ts'
import type { BillErrorKind } from './error-kinds.ts'
import type { BillApi } from './hosts.ts'

/** One failed BILL call, as plain data (it crosses the message protocol and storage). */
export interface BillError {
  kind: BillErrorKind
  /** For people: what happened and what to do next. */
  message: string
  api: BillApi
  /** BILL's code, e.g. BDC_1109, when BILL sent one. */
  code?: string
  /** BILL's own message text, when BILL sent one. */
  billMessage?: string
  httpStatus?: number
  /** Set on kind "timeout" when the caller's signal aborted the call (not the time limit). */
  cancelled?: boolean
}

/** Every call answers with this and never throws. */
export type BillResult<T> = { ok: true; value: T; status: number } | { ok: false; error: BillError }

export function billErrorToAppError(e: BillError): AppError {
  return {
    kind: e.kind,
    message: e.message,
    bill: {
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.billMessage !== undefined ? { message: e.billMessage } : {}),
      ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}),
      api: e.api,
    },
  }
}
