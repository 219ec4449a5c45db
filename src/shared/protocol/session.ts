import type { SessionView } from '../session/view.ts'

/** Sign-in, the idle clock and the MFA walk-through. Every result is the page-safe SessionView. */
export interface SessionProtocol {
  getSession: { params: undefined; result: SessionView }
  /**
   * The popup, as it opens: the session, first checked with BILL when BILL has not confirmed it for a few
   * minutes and the preference allows (shared/session/confirm.ts).
   */
  confirmSession: { params: undefined; result: SessionView }
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

/** Pushed by the background to open pages: each event carries the new state, so pages apply it as is. */
export interface SessionEvents {
  /** After every change of the session (sign-in, MFA step, clock, expiry, sign-out). */
  sessionChanged: SessionView
  /** The active profile (the popup's default choice) changed, on whatever page or by whatever request. */
  activeProfileChanged: { activeProfileId: string | null }
}
