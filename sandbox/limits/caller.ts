import type { Context } from 'hono'
import { matchEndpoint } from '../../src/shared/bill/endpoints.ts'
import { isKnownDevKey } from '../accounts.ts'
import { isFields } from '../fields.ts'
import { findAccount, type SandboxState } from '../state.ts'

// Who a BILL request counts against, for the limits: the dev key, and the organization when known (from the
// sign-in body, or from the session it names). Read without touching the session's idle clock.

export interface Caller {
  devKey: string
  organizationId: string | undefined
  signIn: boolean
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

/** The fields a request names itself by: v3 headers and JSON body, v2 form fields. */
function namedFields(c: Context, text: string): Record<string, string | undefined> {
  if (new URL(c.req.url).pathname.startsWith('/api/v2/')) {
    const form = new URLSearchParams(text)
    return {
      devKey: str(form.get('devKey')),
      sessionId: str(form.get('sessionId')),
      org: str(form.get('orgId')),
    }
  }
  let body: unknown
  try {
    body = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    body = {}
  }
  const fields = isFields(body) ? body : {}
  return {
    devKey: str(c.req.header('devKey')) ?? str(fields.devKey),
    sessionId: str(c.req.header('sessionId')),
    org: str(fields.organizationId),
  }
}

/** undefined when the request names no known dev key (it is refused anyway and counts against nobody). */
export async function callerOf(state: SandboxState, c: Context): Promise<Caller | undefined> {
  const named = namedFields(c, await c.req.text())
  if (!named.devKey || !isKnownDevKey(named.devKey)) return undefined
  const session = named.sessionId ? state.sessions.get(named.sessionId) : undefined
  const organizationId = session ? findAccount(state, session.username)?.seed.organizationId : named.org
  const signIn = matchEndpoint(c.req.method, new URL(c.req.url).pathname)?.role === 'sign-in'
  return { devKey: named.devKey, organizationId, signIn }
}
