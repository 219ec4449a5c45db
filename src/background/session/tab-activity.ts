import { carriesSession, type ObservedRequest, tabAnswer } from '../../shared/session/tab-activity.ts'
import type { SessionView } from '../../shared/session/view.ts'
import type { RequestEvents } from '../request-events.ts'
import type { SessionService } from './service.ts'

type Session = Pick<SessionService, 'ready' | 'current' | 'noteTabAnswer'>

/**
 * Tab requests that carry our session id and succeed reset BILL's idle timer, so they reset ours; a 401 or an
 * accepted logout ends the session (tabAnswer). The session is read only once it is `ready`: a request that
 * wakes the worker arrives before the record is loaded from storage.
 */
export function createTabActivity(session: Session) {
  // webRequest requestId -> the session id it carried, once known (a request's lifetime).
  const carrying = new Map<string, Promise<string | undefined>>()
  // webRequest requestId -> the request's URL and method, for what its answer means.
  const requests = new Map<string, ObservedRequest>()

  return {
    observed(requestId: string, tabId: number, req: ObservedRequest): void {
      // The extension's own calls (tabId -1) are counted where they are made.
      if (tabId < 0) return
      if (!requests.has(requestId))
        requests.set(requestId, { url: req.url, ...(req.method ? { method: req.method } : {}) })
      const before = carrying.get(requestId) ?? Promise.resolve(undefined)
      const found = before.then(async (already) => {
        if (already) return already
        await session.ready
        const s = session.current()
        if (s?.status !== 'active' || !s.sessionId) return undefined
        return carriesSession(req, { sessionId: s.sessionId, baseUrls: s.baseUrls }) ? s.sessionId : undefined
      })
      carrying.set(requestId, found)
    },
    completed(requestId: string, statusCode: number, at: number): Promise<void> {
      const found = carrying.get(requestId)
      const req = requests.get(requestId)
      carrying.delete(requestId)
      requests.delete(requestId)
      const answer = req && tabAnswer(req, statusCode)
      return (found ?? Promise.resolve(undefined)).then((sessionId) =>
        sessionId && answer ? session.noteTabAnswer(sessionId, answer, at) : undefined,
      )
    },
    failed(requestId: string): void {
      carrying.delete(requestId)
      requests.delete(requestId)
    },
    /** No longer listening: the requests in flight will not be heard of again. */
    forgetAll(): void {
      carrying.clear()
      requests.clear()
    },
  }
}

type TabActivity = ReturnType<typeof createTabActivity>

/** Listens to everything a tab request's meaning needs: its body, its headers, its answer. */
function subscribeAll(requests: RequestEvents, activity: TabActivity): () => void {
  const off = [
    requests.subscribe('onBeforeRequest', (d) => {
      const formData = d.requestBody?.formData as Record<string, string[]> | undefined
      activity.observed(d.requestId, d.tabId, {
        url: d.url,
        method: d.method,
        ...(formData ? { formData } : {}),
      })
    }),
    requests.subscribe('onSendHeaders', (d) =>
      activity.observed(d.requestId, d.tabId, {
        url: d.url,
        ...(d.requestHeaders ? { headers: d.requestHeaders } : {}),
      }),
    ),
    requests.subscribe('onCompleted', (d) => void activity.completed(d.requestId, d.statusCode, d.timeStamp)),
    requests.subscribe('onErrorOccurred', (d) => activity.failed(d.requestId)),
  ]
  return () => {
    for (const unsubscribe of off) unsubscribe()
    activity.forgetAll()
  }
}

/**
 * Observes (never blocks or changes) tab requests while a session is active: signed out, a tab request means
 * nothing to the session, so only the every-tab observer hears it. Call synchronously at the worker's top level:
 * until the stored session is read, it listens, so a request that wakes the worker is not missed. Tell it each
 * new session view (`follow`).
 */
export function watchTabActivity(session: Session, requests: RequestEvents) {
  const activity = createTabActivity(session)
  let unsubscribe: (() => void) | undefined = subscribeAll(requests, activity)
  return {
    follow(view: SessionView): void {
      if (view.state === 'active') unsubscribe ??= subscribeAll(requests, activity)
      else {
        unsubscribe?.()
        unsubscribe = undefined
      }
    },
  }
}
