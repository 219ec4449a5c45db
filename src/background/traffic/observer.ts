import type { FlaggedRequest } from '../../shared/protocol/traffic.ts'
import type { SequenceStream } from '../../shared/rules/index.ts'
import type { RequestEvents } from '../request-events.ts'
import { flagRequest } from './flag.ts'
import { type ObservedDetails, observedToRequest, pageOriginOf } from './observed-request.ts'

export interface TrafficObserverDeps {
  /** e.g. chrome-extension://<id>/: the extension's own calls are not a page's. */
  extensionBaseUrl: string
  /** Hosts that count as BILL's besides BILL's own (profile base URLs; the local sandbox). */
  extraHosts(): Promise<readonly string[]>
  /** The every-tab sequence rules' state, for as long as the worker lives. */
  sequence?: SequenceStream
  onFlagged(found: FlaggedRequest[]): Promise<void>
  onError(error: unknown): void
}

function fromExtension(d: ObservedDetails, base: string): boolean {
  return (
    d.initiator?.startsWith(base) === true ||
    d.originUrl?.startsWith(base) === true ||
    d.documentUrl?.startsWith(base) === true
  )
}

/** Checks one request; never throws (a failure is reported, the request is untouched either way). */
export async function checkObserved(
  d: ObservedDetails & { requestId: string },
  deps: TrafficObserverDeps,
): Promise<void> {
  try {
    if (fromExtension(d, deps.extensionBaseUrl.replace(/\/+$/, ''))) return
    const pageOrigin = pageOriginOf(d)
    const found = flagRequest(observedToRequest(d), {
      hosts: await deps.extraHosts(),
      now: new Date(d.timeStamp),
      idPrefix: `${d.timeStamp}-${d.requestId}`,
      ...(deps.sequence ? { sequence: deps.sequence } : {}),
      ...(pageOrigin ? { pageOrigin } : {}),
    })
    if (found.length > 0) await deps.onFlagged(found)
  } catch (error) {
    deps.onError(error)
  }
}

/**
 * Observes (never blocks or changes) request bodies from every tab. Must be called synchronously at the
 * worker's top level so the event that wakes the worker reaches the listener.
 */
export function watchTraffic(requests: RequestEvents, deps: TrafficObserverDeps): void {
  requests.subscribe('onBeforeRequest', (d) => {
    void checkObserved(d as ObservedDetails & { requestId: string }, deps)
  })
}
