import { isUnderBase } from '../bill/base-url.ts'
import type { BaseUrls } from '../bill/hosts.ts'

// A request from a tab counts as activity on our session when it goes to the session's BILL base URLs and
// carries its session id: v3 in the `sessionId` header, v2 as the `sessionId` form field (docs/bill-api.md §2, §5).

export interface ObservedRequest {
  url: string
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
