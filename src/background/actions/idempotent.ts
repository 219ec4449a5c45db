import type { Params, Result } from '../../shared/protocol/index.ts'
import type { Handler, Handlers } from '../router.ts'
import type { ActionLedger } from './ledger.ts'

/** The requests that call BILL on the user's behalf: each runs once per request id. */
export const ACTIONS = ['signIn', 'signOut', 'sendMfaChallenge', 'verifyMfaCode', 'replayRequest'] as const
type ActionName = (typeof ACTIONS)[number]

/** What to answer for an action whose worker was stopped mid-way, when that is better than an error. */
export type Interrupted = { [N in ActionName]?: () => Promise<Result<N>> }

/** The handlers with every action routed through the ledger. */
export function idempotentActions(
  handlers: Handlers,
  ledger: ActionLedger,
  interrupted: Interrupted,
): Handlers {
  const wrapped = { ...handlers }
  for (const name of ACTIONS) {
    const inner = handlers[name] as Handler<ActionName>
    const onInterrupted = interrupted[name] as (() => Promise<Result<ActionName>>) | undefined
    ;(wrapped as Record<ActionName, Handler<ActionName>>)[name] = (params: Params<ActionName>, ctx) =>
      ledger.run(ctx.requestId, name, async () => inner(params, ctx), onInterrupted)
  }
  return wrapped
}
