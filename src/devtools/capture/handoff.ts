import type { CapturedRequest } from './captured-request.ts'

// The devtools page and the panel are two documents of this extension. The devtools page captures from
// the moment DevTools opens; the panel document exists only once the user shows the tab. On the first
// panel.onShown(window) the devtools page hands its backlog over: if the panel's script already runs it
// receives it through the function it exposes, otherwise it finds it waiting on its window. Both run on
// one event loop (same-origin frames), so one of the two always happens. Where panel documents get no
// devtools API, the devtools page keeps capturing and hands over each new request the same way.

interface PanelWindowSlots {
  __billBacklog?: readonly CapturedRequest[]
  __billReceiveBacklog?: (entries: readonly CapturedRequest[]) => void
}

/** Devtools page side. */
export function handBacklog(panelWindow: Window, entries: readonly CapturedRequest[]): void {
  const slots = panelWindow as Window & PanelWindowSlots
  if (typeof slots.__billReceiveBacklog === 'function') slots.__billReceiveBacklog(entries)
  // Hand-offs before the panel's script runs add up.
  else slots.__billBacklog = [...(slots.__billBacklog ?? []), ...entries]
}

/** Panel side: receive a backlog handed now or later. Entries are cloned into this document's realm. */
export function acceptBacklog(
  ownWindow: Window,
  receive: (entries: readonly CapturedRequest[]) => void,
): void {
  const slots = ownWindow as Window & PanelWindowSlots
  const take = (entries: readonly CapturedRequest[]) => receive(structuredClone([...entries]))
  if (slots.__billBacklog) {
    take(slots.__billBacklog)
    delete slots.__billBacklog
  }
  slots.__billReceiveBacklog = take
}
