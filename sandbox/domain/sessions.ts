import { isKnownDevKey, MFA_BYPASS_DEV_KEY } from '../accounts.ts'
import { HOUR_MS } from '../clock.ts'
import { tokenLifetime } from '../parity.ts'
import { type Account, findAccount, type SandboxState, type Session } from '../state.ts'
import { FAILURES, missingField, type Outcome, refuse, success } from './failures.ts'
import { sessionId } from './ids.ts'
import { rememberedDeviceIsValid } from './remembered.ts'

export interface SignInRequest {
  username: string | undefined
  password: string | undefined
  organizationId: string | undefined
  devKey: string | undefined
  /** v2 mfaId + deviceId, v3 rememberMeId + device. */
  remembered?: { id: string; device: string } | undefined
}

export interface SignedIn {
  session: Session
  account: Account
}

/**
 * Password or sync-token sign-in. A sync token is accepted as the password with, as the user name,
 * either the token's name (v2 docs) or the user's email (sandbox choice, so v3 can use it too).
 */
export function signIn(state: SandboxState, req: SignInRequest): Outcome<SignedIn> {
  for (const [name, value] of [
    ['username', req.username],
    ['password', req.password],
    ['organizationId', req.organizationId],
    ['devKey', req.devKey],
  ] as const) {
    if (!value) return refuse(missingField(name))
  }
  if (!isKnownDevKey(req.devKey!)) return refuse(FAILURES.badDevKey)
  const byToken = state.accounts.find((a) => {
    const sync = a.seed.syncToken
    return (
      sync !== undefined &&
      sync.token === req.password &&
      (sync.name === req.username || a.seed.username === req.username)
    )
  })
  const account = byToken ?? findAccount(state, req.username!)
  if (!account || (!byToken && account.seed.password !== req.password))
    return refuse(FAILURES.invalidCredentials)
  if (account.seed.organizationId !== req.organizationId) return refuse(FAILURES.invalidCredentials)
  const session: Session = {
    id: sessionId(),
    username: account.seed.username,
    devKey: req.devKey!,
    lastUsedAt: state.clock.now(),
    createdAt: state.clock.now(),
    trusted: req.remembered ? rememberedDeviceIsValid(state, account, req.remembered) : false,
    token: Boolean(byToken),
  }
  state.sessions.set(session.id, session)
  return success({ session, account })
}

/**
 * The live session for an id, with its idle timer reset (any call resets BILL's 35 minutes).
 * An idle session is deleted and reported as BDC_1109.
 */
export function useSession(
  state: SandboxState,
  id: string | undefined,
  devKey: string | undefined,
): Outcome<SignedIn> {
  if (!devKey) return refuse(missingField('devKey'))
  if (!isKnownDevKey(devKey)) return refuse(FAILURES.badDevKey)
  if (!id) return refuse(missingField('sessionId'))
  const session = state.sessions.get(id)
  const now = state.clock.now()
  if (!session) return refuse(FAILURES.sessionInvalid)
  if (sessionEnded(state, session, now)) {
    state.sessions.delete(id)
    return refuse(FAILURES.sessionInvalid)
  }
  // INF: BILL ties a session to the dev key it signed in with.
  if (session.devKey !== devKey) return refuse(FAILURES.badDevKey)
  session.lastUsedAt = now
  const account = findAccount(state, session.username)
  if (!account) return refuse(FAILURES.sessionInvalid)
  return success({ session, account })
}

/** Password sessions idle out; token sessions do not, but may have a lifetime (48 hours or never: INF which). */
function sessionEnded(state: SandboxState, session: Session, now: number): boolean {
  if (!session.token) return now - session.lastUsedAt > state.options.idleTimeoutMs
  const hours = tokenLifetime(state)
  return hours !== 'never' && now - session.createdAt > hours * HOUR_MS
}

/** In `sandbox` parity the bypass dev key's sessions act as trusted (mfaBypass); in `production` nothing does. */
export function mfaBypassed(state: SandboxState, session: Session): boolean {
  return state.parity === 'sandbox' && session.devKey === MFA_BYPASS_DEV_KEY
}

export function endSession(state: SandboxState, session: Session): void {
  state.sessions.delete(session.id)
}

/** GET /v3/login/session's org MFA state. INF: BILL's enum is only partly documented. */
export function mfaStatusOf(account: Account): 'COMPLETE' | 'SETUP' {
  return account.phones.length > 0 ? 'COMPLETE' : 'SETUP'
}
