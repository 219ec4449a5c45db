import type { SessionView } from '../session/view.ts'

/** Sign-in, the idle clock and the MFA walk-through. Every result is the page-safe SessionView. */
export interface SessionProtocol {
  getSession: { params: undefined; result: SessionView }
  /** The password or sync token is used for this one call and never stored. */
  signIn: { params: { profileId: string; secret: string }; result: SessionView }
  signOut: { params: undefined; result: SessionView }
  sendMfaChallenge: { params: undefined; result: SessionView }
  /** The SMS code is used for this one call and never stored. */
  verifyMfaCode: { params: { code: string; remember: boolean }; result: SessionView }
  resetMfa: { params: undefined; result: SessionView }
  /** Only for the popup's explicit "copy session id". */
  revealSessionId: { params: undefined; result: { sessionId: string } }
}

/** Sent by the background to open pages when the session changed; they re-read it with getSession. */
export const SESSION_CHANGED = { source: 'bill-sandbox-companion', event: 'session-changed' } as const
