import type { SandboxState } from '../state.ts'
import { FAILURES, type Failure, type Outcome, refuse, success } from './failures.ts'
import { objectId } from './ids.ts'
import type { ProtectedOperation } from './protected-operations.ts'
import { mfaBypassed, type SignedIn } from './sessions.ts'

/** BDC_1361 when this operation needs a trusted session here (parity, body) and the session is not trusted. */
export function untrustedRefusal(
  state: SandboxState,
  { session, account }: SignedIn,
  op: ProtectedOperation,
  body: unknown,
): Failure | undefined {
  if (state.parity === 'sandbox' && !op.inSandbox) return undefined
  if (op.when && !op.when(body, account)) return undefined
  if (session.trusted || mfaBypassed(state, session)) return undefined
  return FAILURES.untrusted
}

// A protected operation answers like BILL would at its simplest: the input echoed with an id (the path's for an
// update, a new one for a create) and a time.
export function protectedOperation(
  state: SandboxState,
  signed: SignedIn,
  op: ProtectedOperation & { idPrefix: string },
  input: unknown,
  pathId: string | undefined,
): Outcome<unknown> {
  const refusal = untrustedRefusal(state, signed, op, input)
  if (refusal) return refuse(refusal)
  const now = new Date(state.clock.now()).toISOString()
  const answer = (item: unknown) => ({
    ...(typeof item === 'object' && item !== null ? item : {}),
    id: pathId ?? objectId(op.idPrefix),
    [pathId ? 'updatedTime' : 'createdTime']: now,
  })
  return success(Array.isArray(input) ? input.map(answer) : answer(input))
}
