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

/** The client's browser-side parts; by default nothing is stored and every host is granted. */
type PagePorts = Pick<
  BackgroundClient,
  | 'storedSession'
  | 'storedProfiles'
  | 'openSettings'
  | 'openSideView'
  | 'shortcuts'
  | 'openShortcutSettings'
  | 'hasHostAccess'
  | 'requestHostAccess'
>

type Answer<N extends RequestName> = (params: Params<N>) => Result<N> | Reply<N>
export type Answers = { [N in RequestName]?: Answer<N> }

/** A background stand-in for component tests: scripted answers, a log of requests, events pushed by hand. */
export function fakeClient(answers: Answers, page: Partial<PagePorts> = {}) {
  const calls: { name: RequestName; params: unknown }[] = []
  const opened: string[] = []
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
    storedSession: async () => undefined,
    storedProfiles: async () => undefined,
    openSettings: (section) => opened.push(section ?? 'settings'),
    shortcuts: async () => [],
    openShortcutSettings: () => opened.push('shortcuts'),
    hasHostAccess: async () => true,
    requestHostAccess: async () => ({ granted: true }),
    ...page,
  }
  return {
    client,
    /** The names of the requests made so far, in order. */
    names: () => calls.map((c) => c.name),
    calls,
    /** The settings pages opened, in order ('settings' or a section). */
    opened,
    emit<E extends EventName>(event: E, payload: Events[E]) {
      for (const l of listeners.get(event) ?? []) (l as (p: Events[E]) => void)(payload)
    },
    listening: (event: EventName) => listeners.get(event)?.size ?? 0,
  }
}
