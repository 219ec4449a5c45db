import type { BillErrorKind } from '../bill/error-kinds.ts'

/** Failures that belong to the extension itself rather than to BILL. */
type LocalErrorKind =
  | 'forbidden-sender'
  | 'unknown-request'
  | 'bad-request'
  | 'not-signed-in'
  | 'not-found'
  | 'permission-denied'
  | 'invalid-input'
  /** The worker was stopped while an action ran; it is not repeated (BILL may have seen it). */
  | 'interrupted'
  | 'internal'

export type AppErrorKind = BillErrorKind | LocalErrorKind

/** What crosses the message protocol when a request fails: plain data, never a thrown Error. */
export interface AppError {
  kind: AppErrorKind
  message: string
  /** BILL's own view of the failure, when BILL answered. */
  bill?: { code?: string; message?: string; httpStatus?: number; api?: 'v2' | 'v3' }
  /** Per-field messages for invalid-input. */
  fields?: Record<string, string>
  /** For rate limits and lock-outs: when trying again makes sense (epoch ms). */
  retryAt?: number
}

export function appError(kind: AppErrorKind, message: string, extra: Partial<AppError> = {}): AppError {
  return { kind, message, ...extra }
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppError).kind === 'string' &&
    typeof (value as AppError).message === 'string'
  )
}
