import { isExpired } from '../../shared/session/clock.ts'
import { recoverAfterRestart } from '../../shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import { ALARMS } from '../../shared/session/schedule.ts'
import type { SessionView } from '../../shared/session/view.ts'
import { activeSession } from './active.ts'
import { createConfirm } from './confirm.ts'
import { createIdleClock } from './idle.ts'
import { createKeepAlive } from './keep-alive.ts'
import { createMfa } from './mfa.ts'
import { createOwner } from './owner.ts'
import type { SessionPorts } from './ports.ts'
import { createReplay } from './replay.ts'
import { createSignIn } from './sign-in.ts'

export type SessionService = ReturnType<typeof createSessionService>

/**
 * The session owner, assembled from one module per job: the record and its commits (owner.ts), sign-in and
 * sign-out, the MFA walk-through, the idle clock and its alarms, the keep-alive and the panel's replay. Every
 * entry point first waits for `ready`: the state re-derived from storage at this worker's start.
 */
export function createSessionService(ports: SessionPorts) {
  const owner = createOwner(ports)
  const idle = createIdleClock(owner)
  const keepAlive = createKeepAlive(owner, idle)
  const signing = createSignIn(owner)
  const mfa = createMfa(owner, idle)
  const replay = createReplay(owner, idle)
  const confirm = createConfirm(owner, idle)
  /** Found stored at wake with its sign-out under way: BILL is told once ready. */
  let interruptedSignOut: SessionRecord | undefined

  // A sign-in in flight died with the old worker; an MFA step in flight goes back to where the user can act;
  // an overdue session is expired; a sign-out under way is finished.
  const ready = owner.serialized(async () => {
    const stored = await ports.loadRecord()
    if (!stored || stored.status === 'signing-in') return owner.commit(undefined)
    if (stored.signingOutAt !== undefined) {
      interruptedSignOut = stored
      return owner.commit(undefined)
    }
    const record = { ...stored, mfa: recoverAfterRestart(stored.mfa) }
    await owner.commit(record)
    if (record.status === 'active' && isExpired(record.clock, ports.now())) await idle.expire('idle')
  })
  void ready.then(() => interruptedSignOut && signing.finishSignOut(interruptedSignOut))

  /** Runs fn once the state is re-derived. */
  const afterReady =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready
      return fn(...args)
    }

  return {
    ready,
    getView: afterReady(async (): Promise<SessionView> => owner.view()),
    confirm: afterReady(confirm.confirm),
    signIn: afterReady(signing.signIn),
    signOut: afterReady(signing.signOut),
    sendChallenge: afterReady(mfa.sendChallenge),
    verifyCode: afterReady(mfa.verifyCode),
    resetMfa: afterReady(mfa.resetMfa),
    replay: afterReady(replay.replay),
    noteTabAnswer: afterReady(idle.noteTabAnswer),

    /** For the popup's explicit "copy session id" only. */
    revealSessionId: afterReady(async () => ({ sessionId: activeSession(owner).sessionId })),

    /** For the popup's explicit Postman / curl hand-off only: what another tool needs to use this session. */
    handOffSecrets: afterReady(async () => {
      const { r, sessionId } = activeSession(owner)
      return { api: r.api, baseUrls: r.baseUrls, devKey: r.devKey, sessionId }
    }),

    /** The session id and hosts a tab request must match to count as activity (read after `ready`). */
    current(): Pick<SessionRecord, 'sessionId' | 'baseUrls' | 'status'> | undefined {
      const r = owner.record()
      return r && { sessionId: r.sessionId, baseUrls: r.baseUrls, status: r.status }
    },

    onAlarm: afterReady((name: string) =>
      name === ALARMS.keepAlive ? keepAlive.onAlarm() : idle.onAlarm(name),
    ),

    /** Preferences changed: alarms and badge follow. */
    preferencesChanged: afterReady(() => owner.serialized(() => owner.commit(owner.record()))),
  }
}
