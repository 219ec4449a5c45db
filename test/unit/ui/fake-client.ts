import {
  appError,
  type EventName,
  type Events,
  type Params,
  type Reply,
  type RequestName,
  type Result,
} from '../../../src/shared/protocol/index.ts'
import type { BackgroundClient } from '../../../src/ui/client.ts'

type Answer<N extends RequestName> = (params: Params<N>) => Result<N> | Reply<N>
export type Answers = { [N in RequestName]?: Answer<N> }

/** A background stand-in for component tests: scripted answers, a log of requests, events pushed by hand. */
export function fakeClient(answers: Answers) {
  const calls: { name: RequestName; params: unknown }[] = []
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const client: BackgroundClient = {
    async call<N extends RequestName>(name: N, params: Params<N>): Promise<Reply<N>> {
      calls.push({ name, params })
      const answer = answers[name] as Answer<N> | undefined
      if (!answer) return { ok: false, error: appError('unknown-request', `No answer for ${name}`) }
      const out = answer(params)
      return typeof out === 'object' && out !== null && 'ok' in out && typeof out.ok === 'boolean'
        ? (out as Reply<N>)
        : { ok: true, result: out as Result<N> }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
  return {
    client,
    /** The names of the requests made so far, in order. */
    names: () => calls.map((c) => c.name),
    calls,
    emit<E extends EventName>(event: E, payload: Events[E]) {
      for (const l of listeners.get(event) ?? []) (l as (p: Events[E]) => void)(payload)
    },
    listening: (event: EventName) => listeners.get(event)?.size ?? 0,
  }
}
