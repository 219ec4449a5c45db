import type { BaseUrls } from '../bill/hosts.ts'

// A request from a tab counts as activity on our session when it goes to the session's BILL base URLs and
// carries its session id: v3 in the `sessionId` header, v2 as the `sessionId` form field (docs/bill-api.md §2, §5).

export interface ObservedRequest {
  url: string
  /** webRequest's parsed form body (v2). */
  formData?: Record<string, string[]>
  headers?: { name: string; value?: string }[]
}

function under(url: string, base: string): boolean {
  try {
    const u = new URL(url)
    const b = new URL(base)
    return u.protocol === b.protocol && u.host === b.host && u.pathname.startsWith(b.pathname)
  } catch {
    return false
  }
}

export function carriesSession(
  req: ObservedRequest,
  session: { sessionId: string; baseUrls: BaseUrls },
): boolean {
  if (under(req.url, session.baseUrls.v3)) {
    return (
      req.headers?.some((h) => h.name.toLowerCase() === 'sessionid' && h.value === session.sessionId) ?? false
    )
  }
  if (under(req.url, session.baseUrls.v2))
    return req.formData?.sessionId?.includes(session.sessionId) ?? false
  return false
}
