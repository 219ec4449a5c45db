import type { Handlers } from '../router.ts'
import type { SessionService } from '../session/service.ts'

type SessionHandlers = Pick<
  Handlers,
  | 'getSession'
  | 'confirmSession'
  | 'signIn'
  | 'signOut'
  | 'sendMfaChallenge'
  | 'verifyMfaCode'
  | 'resetMfa'
  | 'revealSessionId'
>

export function sessionHandlers(session: SessionService): SessionHandlers {
  return {
    getSession: () => session.getView(),
    confirmSession: () => session.confirm(),
    signIn: (p) => session.signIn(String(p?.profileId ?? ''), String(p?.secret ?? '')),
    signOut: () => session.signOut(),
    sendMfaChallenge: () => session.sendChallenge(),
    verifyMfaCode: (p) => session.verifyCode(String(p?.code ?? ''), p?.remember === true),
    resetMfa: () => session.resetMfa(),
    revealSessionId: () => session.revealSessionId(),
  }
}
