import type { BillClient } from '../../shared/bill/client.ts'
import { appError } from '../../shared/protocol/errors.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import type { Owner } from './owner.ts'

/** The active session to call BILL with, or the typed reason there is none. */
export function activeSession(owner: Owner): { r: SessionRecord; sessionId: string; client: BillClient } {
  const record = owner.record()
  if (record?.status !== 'active' || !record.sessionId || record.signingOutAt !== undefined) {
    throw appError(
      record?.status === 'expired' ? 'session-expired' : 'not-signed-in',
      record?.status === 'expired' ? 'The BILL session has expired. Sign in again.' : 'Sign in first.',
    )
  }
  return { r: record, sessionId: record.sessionId, client: owner.clientOf(record) }
}
