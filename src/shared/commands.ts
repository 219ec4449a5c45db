import type { SessionView } from './session/view.ts'

/**
 * The extension's own keyboard commands (manifest `commands`), besides the browsers' `_execute_action` (the
 * popup) and Firefox's `_execute_sidebar_action` (its sidebar, which Firefox toggles itself).
 */
export const COMMANDS = {
  /** Chrome: opens or closes the side panel of the window. */
  toggleSideView: 'toggle-side-view',
  /** Sends the SMS challenge when the session waits for one. */
  sendMfaCode: 'send-mfa-code',
} as const

/**
 * Whether "send MFA code" has something to do: a session that is not MFA-trusted, with no code sent yet or
 * after a failure. A sent code waiting to be typed is left alone: a stray key press must not replace it.
 */
export function waitsForMfaCode(view: SessionView, now: number): boolean {
  if (view.state !== 'active' || view.trusted) return false
  const { step, canSendAt } = view.mfa
  return (step === 'idle' || step === 'error') && (canSendAt === undefined || canSendAt <= now)
}
