import type { Session } from '../state.ts'
import { FAILURES, type Outcome, refuse, success } from './failures.ts'
import { objectId } from './ids.ts'

// The MFA-protected operations (payments, bank accounts, invites): 403 BDC_1361 until the session is trusted.
// When trusted they answer like BILL would at its simplest: the input echoed with a new id.
export function protectedOperation(
  session: Session,
  input: unknown,
  idPrefix: string,
  now: number,
): Outcome<unknown> {
  if (!session.trusted) return refuse(FAILURES.untrusted)
  const created = (item: unknown) => ({
    ...(typeof item === 'object' && item !== null ? item : {}),
    id: objectId(idPrefix),
    createdTime: new Date(now).toISOString(),
  })
  return success(Array.isArray(input) ? input.map(created) : created(input))
}
