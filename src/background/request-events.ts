// One browser listener per webRequest event kind, shared by everyone who watches tab requests (the every-tab
// observer, tab activity). Each listener is a message from the browser process that wakes the worker's
// JavaScript, so a request is delivered once per kind, not once per subscriber, and a kind nobody needs at the
// moment (tab activity while signed out) is not listened to at all.

interface RequestEventDetails {
  onBeforeRequest: chrome.webRequest.OnBeforeRequestDetails
  onSendHeaders: chrome.webRequest.OnSendHeadersDetails
  onCompleted: chrome.webRequest.OnCompletedDetails
  onErrorOccurred: chrome.webRequest.OnErrorOccurredDetails
}
export type RequestEventKind = keyof RequestEventDetails
type RequestHandler<K extends RequestEventKind> = (details: RequestEventDetails[K]) => void

/** The only details each kind asks the browser for: bodies are copied to the worker once, headers once. */
const EXTRA_INFO: Record<RequestEventKind, string[]> = {
  onBeforeRequest: ['requestBody'],
  onSendHeaders: ['requestHeaders'],
  onCompleted: [],
  onErrorOccurred: [],
}

type Listener = (details: never) => undefined
/** What the browser offers for each kind (chrome.webRequest, in Chrome and Firefox). */
export type WebRequestApi = Record<
  RequestEventKind,
  {
    addListener(listener: Listener, filter: { urls: string[] }, extraInfoSpec?: string[]): void
    removeListener(listener: Listener): void
  }
>

export interface RequestEvents {
  /**
   * Adds a handler; the first of a kind registers the browser's listener, removing the last unregisters it.
   * Subscribe synchronously at the worker's top level for an event that must reach a stopped worker.
   */
  subscribe<K extends RequestEventKind>(kind: K, handler: RequestHandler<K>): () => void
}

/**
 * `urls`: the watched hosts' patterns, given to the browser with each listener, so a request to any other
 * host is never sent to the worker at all.
 */
export function createRequestEvents(
  api: WebRequestApi,
  urls: readonly string[],
  onError: (error: unknown) => void,
): RequestEvents {
  const registered = new Map<RequestEventKind, { handlers: Set<RequestHandler<never>>; listener: Listener }>()
  const register = (kind: RequestEventKind) => {
    const handlers = new Set<RequestHandler<never>>()
    const listener: Listener = (details) => {
      for (const handler of handlers) {
        try {
          handler(details)
        } catch (error) {
          onError(error)
        }
      }
      // Observe only: never block or change a request.
      return undefined
    }
    const extra = EXTRA_INFO[kind]
    if (extra.length > 0) api[kind].addListener(listener, { urls: [...urls] }, extra)
    else api[kind].addListener(listener, { urls: [...urls] })
    const entry = { handlers, listener }
    registered.set(kind, entry)
    return entry
  }
  return {
    subscribe(kind, handler) {
      const entry = registered.get(kind) ?? register(kind)
      const h = handler as RequestHandler<never>
      entry.handlers.add(h)
      return () => {
        if (!entry.handlers.delete(h) || entry.handlers.size > 0) return
        registered.delete(kind)
        api[kind].removeListener(entry.listener)
      }
    },
  }
}
