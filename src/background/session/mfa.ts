import { type BillError, billErrorToAppError } from '../../shared/bill/errors.ts'
import { appError } from '../../shared/protocol/errors.ts'
import { answerableChallenge, canSend, type MfaEvent, mfaReducer } from '../../shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import type { SessionView } from '../../shared/session/view.ts'
import { activeSession } from './active.ts'
import type { createIdleClock } from './idle.ts'
import type { Owner } from './owner.ts'

// The SMS walk-through: send a code, check it (optionally remembering this browser), start over.

const SIX_DIGITS = /^\d{6}$/

export function createMfa(owner: Owner, idle: ReturnType<typeof createIdleClock>) {
  const { ports } = owner
  const step = (event: MfaEvent, expected: SessionRecord) =>
    owner.update((r) => ({ ...r, mfa: mfaReducer(r.mfa, event) }), expected)

  async function fail(type: 'send-failed' | 'verify-failed', error: BillError, r: SessionRecord) {
    if (error.kind === 'session-expired') throw billErrorToAppError(error)
    await step({ type, failure: { kind: error.kind, message: error.message }, at: ports.now() }, r)
    await ports.appendEvent({
      kind: 'mfa-failed',
      at: ports.now(),
      profileId: r.profileId,
      api: r.api,
      errorKind: error.kind,
      ...(error.code ? { billCode: error.code } : {}),
    })
  }

  return {
    async sendChallenge(): Promise<SessionView> {
      const { r, sessionId, client } = activeSession(owner)
      const at = ports.now()
      const allowed = canSend(r.mfa, at)
      if (!allowed.ok) {
        if (allowed.reason === 'cooling-down')
          throw appError(
            'rate-limited',
            'BILL allows 5 codes a minute. Wait a moment, then send a new code.',
            {
              ...(allowed.retryAt ? { retryAt: allowed.retryAt } : {}),
            },
          )
        return owner.view()
      }
      await step({ type: 'send', at }, r)
      const sent = await client.mfaChallenge(sessionId)
      await idle.afterCall(r, sent.ok, sent.ok ? undefined : sent.error)
      if (!sent.ok) {
        await fail('send-failed', sent.error, r)
        return owner.view()
      }
      await step({ type: 'sent', challengeId: sent.value.challengeId, at: ports.now() }, r)
      await ports.appendEvent({
        kind: 'mfa-challenge-sent',
        at: ports.now(),
        profileId: r.profileId,
        api: r.api,
      })
      return owner.view()
    },

    async verifyCode(rawCode: string, remember: boolean): Promise<SessionView> {
      const { r, sessionId, client } = activeSession(owner)
      const code = rawCode.replace(/[\s-]/g, '')
      if (!SIX_DIGITS.test(code))
        throw appError('invalid-input', 'The code has six digits.', { fields: { code: 'Six digits' } })
      if (!answerableChallenge(r.mfa.current)) throw appError('bad-request', 'Send a code first.')
      await step({ type: 'verify', at: ports.now() }, r)
      const current = owner.record()?.mfa.current
      if (current?.step !== 'verifying') return owner.view()
      const identity = await ports.deviceIdentity()
      // v2 sends it as deviceId, v3 as device: one stable id per install either way.
      const device = identity.deviceId
      const answer = {
        challengeId: current.challengeId,
        code,
        device,
        machineName: identity.machineName,
        rememberMe: remember,
      }
      const result = await client.mfaValidate(sessionId, answer)
      await idle.afterCall(r, result.ok, result.ok ? undefined : result.error)
      if (!result.ok) {
        await fail('verify-failed', result.error, r)
        return owner.view()
      }
      const at = ports.now()
      const rememberedId = remember ? result.value.rememberedId : undefined
      await owner.update(
        (x) => ({
          ...x,
          trusted: true,
          trustedVia: 'mfa',
          mfa: mfaReducer(x.mfa, { type: 'verified', remembered: rememberedId !== undefined, at }),
        }),
        r,
      )
      await ports.appendEvent({ kind: 'mfa-verified', at, profileId: r.profileId, api: r.api })
      if (rememberedId !== undefined) {
        await ports.recordTrustedDevice({
          profileId: r.profileId,
          api: r.api,
          rememberId: rememberedId,
          device,
          machineName: identity.machineName,
          issuedAt: at,
        })
        await ports.appendEvent({ kind: 'device-remembered', at, profileId: r.profileId, api: r.api })
      }
      return owner.view()
    },

    async resetMfa(): Promise<SessionView> {
      const { r } = activeSession(owner)
      await step({ type: 'reset' }, r)
      return owner.view()
    },
  }
}
