import { isBdcCode } from './bill/bdc-codes.ts'
import type { BillApi } from './bill/hosts.ts'
import type { AppErrorKind } from './protocol/errors.ts'

// The event history: what happened to sessions, for the options page and for support. The types leave no room
// for secrets: no free text, no ids from BILL, only kinds, times and BILL's public error codes.

const HISTORY_EVENT_KINDS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'session-expired',
  'keep-alive',
  'mfa-challenge-sent',
  'mfa-verified',
  'mfa-failed',
  'device-remembered',
  'device-forgotten',
] as const

type HistoryEventKind = (typeof HISTORY_EVENT_KINDS)[number]

export interface HistoryEventInput {
  kind: HistoryEventKind
  at: number
  profileId: string | null
  api: BillApi | null
  /** For failures: the extension's error kind. */
  errorKind?: AppErrorKind
  /** For failures: BILL's public error code, e.g. BDC_1109. */
  billCode?: string
}

export interface HistoryEvent extends HistoryEventInput {
  id: number
}

/** Keeps only the known fields, and a BILL code only if it looks like one: nothing else can slip in. */
export function sanitizeEventInput(input: HistoryEventInput): HistoryEventInput {
  const clean: HistoryEventInput = {
    kind: input.kind,
    at: input.at,
    profileId: input.profileId,
    api: input.api,
  }
  if (input.errorKind) clean.errorKind = input.errorKind
  if (input.billCode && isBdcCode(input.billCode)) clean.billCode = input.billCode
  return clean
}
