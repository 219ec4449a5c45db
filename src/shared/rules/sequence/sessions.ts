import { BoundedMap } from './bounded.ts'
import type { Call } from './call.ts'

/** The user and organization behind a call, when a sign-in in the capture tells. */
export interface Who {
  user?: string
  org?: string
}

/** What the sign-ins seen so far say about each session they opened. */
export class Sessions {
  private readonly known = new BoundedMap<Who>()

  /** Called after the rules saw the call: a sign-in's session is known from its answer on. */
  learn(call: Call): void {
    const s = call.signIn
    if (s?.sessionId)
      this.known.set(s.sessionId, { ...(s.user ? { user: s.user } : {}), ...(s.org ? { org: s.org } : {}) })
  }

  who(call: Call): Who {
    if (call.signIn) return call.signIn
    return (call.sessionId && this.known.get(call.sessionId)) || {}
  }
}

/** Key of the developer key that sent a call (its value stays in memory only, never in a finding). */
export const devKeyKey = (call: Call) => `key:${call.devKey ?? '?'}`

/**
 * The user and organization of a call as a key. Without a known sign-in, the session stands in (a session
 * belongs to one user and organization), then the developer key.
 */
export function userOrgKey(call: Call, who: Who): string {
  if (who.user !== undefined || who.org !== undefined) return `user:${who.user ?? '?'} org:${who.org ?? '?'}`
  return call.sessionId ? `session:${call.sessionId}` : devKeyKey(call)
}
