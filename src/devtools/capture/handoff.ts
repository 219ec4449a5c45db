import type { CapturedRequest } from './captured-request.ts'

// The devtools page and the panel are two documents of this extension. The devtools page captures from the
// moment DevTools opens; the panel document exists only once the user shows the tab. They talk over a
// BroadcastChannel whose name the devtools page puts in the panel's URL (one per DevTools window): the panel
// says it is ready, and whether it captures for itself; the devtools page then hands its backlog over and
// stops, or, where panel documents get no devtools API, keeps capturing and forwards each new request.

/** The part of a BroadcastChannel the hand-off uses (a test may pass any pair of linked channels). */
export interface HandoffChannel {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent) => void) | null
}

type HandoffMessage =
  | { kind: 'panel-ready'; capturing: boolean }
  | { kind: 'entries'; entries: CapturedRequest[] }

export const HANDOFF_PARAM = 'handoff'

/** A channel name unique to this DevTools window. */
export function newHandoffName(): string {
  return `bill-capture-${crypto.randomUUID()}`
}

interface Backlog {
  entries(): readonly CapturedRequest[]
  clear(): void
  subscribe(listener: () => void): () => void
}

/** Devtools page side: answers the panel's "ready" with the backlog, then stops or keeps forwarding. */
export function offerBacklog(channel: HandoffChannel, backlog: Backlog, stopCapture: () => void): void {
  let forwarding = false
  const send = () => {
    const entries = backlog.entries()
    if (entries.length === 0) return
    channel.postMessage({ kind: 'entries', entries: [...entries] } satisfies HandoffMessage)
    backlog.clear()
  }
  channel.onmessage = (event) => {
    const message = event.data as HandoffMessage | undefined
    if (message?.kind !== 'panel-ready') return
    if (message.capturing) {
      // From now on the panel document captures for itself.
      stopCapture()
      send()
    } else if (!forwarding) {
      forwarding = true
      backlog.subscribe(send)
      send()
    }
  }
}

/** Panel side: announces itself and receives the backlog (as a copy: the channel clones it). */
export function acceptBacklog(
  channel: HandoffChannel,
  capturing: boolean,
  receive: (entries: readonly CapturedRequest[]) => void,
): void {
  channel.onmessage = (event) => {
    const message = event.data as HandoffMessage | undefined
    if (message?.kind === 'entries') receive(message.entries)
  }
  channel.postMessage({ kind: 'panel-ready', capturing } satisfies HandoffMessage)
}
