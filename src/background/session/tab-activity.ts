import { hostPatterns, LOCAL_SANDBOX_ORIGINS } from '../../shared/bill/hosts.ts'
import { carriesSession } from '../../shared/session/tab-activity.ts'
import type { SessionService } from './service.ts'

// The hosts webRequest may see (events fire only for those the extension has permission for).
const WATCHED = { urls: [...hostPatterns('required', 'optional'), ...LOCAL_SANDBOX_ORIGINS] }

/**
 * Observes (never blocks or changes) tab requests: one that carries our session id and succeeds reset BILL's
 * idle timer, so it resets ours. The extension's own calls (tabId -1) are counted where they are made.
 * Must be called synchronously at the worker's top level.
 */
export function watchTabActivity(session: SessionService): void {
  // requestId -> the session id it carried; short-lived (a request's lifetime).
  const carrying = new Map<string, string>()
  const check = (requestId: string, tabId: number, req: Parameters<typeof carriesSession>[0]) => {
    const s = session.current()
    if (tabId < 0 || s?.status !== 'active' || !s.sessionId) return
    if (carriesSession(req, { sessionId: s.sessionId, baseUrls: s.baseUrls }))
      carrying.set(requestId, s.sessionId)
  }

  chrome.webRequest.onBeforeRequest.addListener(
    (d) => {
      const formData = d.requestBody?.formData as Record<string, string[]> | undefined
      check(d.requestId, d.tabId, { url: d.url, ...(formData ? { formData } : {}) })
      return undefined
    },
    WATCHED,
    ['requestBody'],
  )
  chrome.webRequest.onSendHeaders.addListener(
    (d) =>
      check(d.requestId, d.tabId, { url: d.url, ...(d.requestHeaders ? { headers: d.requestHeaders } : {}) }),
    WATCHED,
    ['requestHeaders'],
  )
  chrome.webRequest.onCompleted.addListener((d) => {
    const sessionId = carrying.get(d.requestId)
    carrying.delete(d.requestId)
    // BILL resets its timer on calls it accepted; a 401 means the session is already gone.
    if (sessionId && d.statusCode < 400) void session.noteTabActivity(sessionId, d.timeStamp)
  }, WATCHED)
  chrome.webRequest.onErrorOccurred.addListener((d) => carrying.delete(d.requestId), WATCHED)
}
