import { classifyFailure, type FailureFacts } from './classify.ts'
import type { BillError } from './errors.ts'
import { describeFailure } from './messages.ts'

/** A BillError from what BILL answered (code, text, status) and what we sent. */
export function billFailure(facts: FailureFacts): BillError {
  const kind = classifyFailure(facts)
  return {
    kind,
    api: facts.api,
    message: describeFailure(kind, facts),
    ...(facts.code ? { code: facts.code } : {}),
    ...(facts.billMessage ? { billMessage: facts.billMessage } : {}),
    ...(facts.httpStatus !== undefined ? { httpStatus: facts.httpStatus } : {}),
  }
}

/** The answer could not be read as BILL's: a server error when the status says so, else malformed. */
export function unreadable(facts: FailureFacts & { httpStatus: number }): BillError {
  const kind = facts.httpStatus >= 500 ? 'server' : 'malformed-response'
  return { kind, api: facts.api, httpStatus: facts.httpStatus, message: describeFailure(kind, facts) }
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}
