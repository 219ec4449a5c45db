import { isUnderBase } from '../bill/base-url.ts'
import { matchEndpoint } from '../bill/endpoints.ts'
import type { BaseUrls } from '../bill/hosts.ts'
import type { ExpiredReason } from './end-reason.ts'

// A request from a tab counts as activity on our session when it goes to the session's BILL base URLs and
// carries its session id: v3 in the `sessionId` header, v2 as the `sessionId` form field (docs/bill-api.md §2, §5).

export interface ObservedRequest {
  url: string
  method?: string
  /** webRequest's parsed form body (v2). */
  formData?: Record<string, string[]>
  headers?: { name: string; value?: string }[]
}

export function carriesSession(
  req: ObservedRequest,
  session: { sessionId: string; baseUrls: BaseUrls },
): boolean {
  if (isUnderBase(req.url, session.baseUrls.v3)) {
    return (
      req.headers?.some((h) => h.name.toLowerCase() === 'sessionid' && h.value === session.sessionId) ?? false
    )
  }
  if (isUnderBase(req.url, session.baseUrls.v2))
    return req.formData?.sessionId?.includes(session.sessionId) ?? false
  return false
}

const LOGOUT = new Set(['v3.logout', 'v2.logout'])

export type TabAnswer = 'activity' | Extract<ExpiredReason, 'rejected-in-tab' | 'logged-out-elsewhere'>

/**
 * What BILL's answer to a tab's request carrying our session id says: a 401 means the session is gone; an
 * accepted logout ends it; any other accepted call is activity (BILL reset its idle timer). Other failures say
 * nothing about the session.
 */
export function tabAnswer(
  req: Pick<ObservedRequest, 'url' | 'method'>,
  statusCode: number,
): TabAnswer | undefined {
  if (statusCode === 401) return 'rejected-in-tab'
  if (statusCode >= 400) return undefined
  const endpoint = req.method ? matchEndpoint(req.method, new URL(req.url).pathname) : undefined
  return endpoint && LOGOUT.has(endpoint.id) ? 'logged-out-elsewhere' : 'activity'
}
