import { type AppError, appError } from '../../shared/protocol/index.ts'
import { toAppError } from '../router.ts'

// One user action, one BILL call: the popup retries a request while the worker wakes, and a stopped worker
// loses its answer. Each action is recorded under the page's request id in storage.session BEFORE BILL is
// called; a retry with the same id waits for the first run (same worker) or gets its stored answer.

/** What storage.session keeps of one action. */
export interface ActionEntry {
  name: string
  startedAt: number
  /** Set when the action finished; absent while it runs (or if the worker running it was stopped). */
  outcome?: { ok: true; result: unknown } | { ok: false; error: AppError }
}

export interface ActionStore {
  load(requestId: string): Promise<ActionEntry | undefined>
  save(requestId: string, entry: ActionEntry): Promise<void>
  /** Drops the entries started before `before`. */
  prune(before: number): Promise<void>
}

/** Answers kept this long: far longer than any retry, short enough to keep storage.session small. */
export const KEEP_ACTIONS_MS = 10 * 60_000

export interface ActionLedger {
  run<T>(
    requestId: string | undefined,
    name: string,
    action: () => Promise<T>,
    interrupted?: () => Promise<T>,
  ): Promise<T>
}

export function createActionLedger(store: ActionStore, now: () => number): ActionLedger {
  // Actions running in this worker. A stored entry without an outcome that is not here ran in a stopped worker.
  const running = new Map<string, Promise<unknown>>()

  async function once(
    requestId: string,
    name: string,
    action: () => Promise<unknown>,
    interrupted?: () => Promise<unknown>,
  ): Promise<unknown> {
    const stored = await store.load(requestId)
    if (stored && stored.name !== name)
      throw appError('bad-request', 'This request id belongs to another action.')
    if (stored?.outcome) {
      if (stored.outcome.ok) return stored.outcome.result
      throw stored.outcome.error
    }
    if (stored) {
      // Started by a worker that was stopped: BILL may have seen it, so it is not sent again.
      if (interrupted) return interrupted()
      throw appError(
        'interrupted',
        'The extension restarted while this was under way, so it was not sent again. Check the state, then try again if needed.',
      )
    }
    const startedAt = now()
    await store.prune(startedAt - KEEP_ACTIONS_MS)
    await store.save(requestId, { name, startedAt })
    try {
      const result = await action()
      await store.save(requestId, { name, startedAt, outcome: { ok: true, result } })
      return result
    } catch (error) {
      await store.save(requestId, { name, startedAt, outcome: { ok: false, error: toAppError(error) } })
      throw error
    }
  }

  return {
    run(requestId, name, action, interrupted) {
      if (!requestId) return Promise.reject(appError('bad-request', `“${name}” needs a request id.`))
      // Registered before the first await, so a retry arriving meanwhile waits for this very run.
      const same = running.get(requestId)
      if (same) return same as never
      const run = once(requestId, name, action, interrupted)
      running.set(requestId, run)
      const forget = () => running.delete(requestId)
      run.then(forget, forget)
      return run as never
    },
  }
}
