import { bdcKind } from '../../shared/bill/bdc-codes.ts'
import type { BillClient } from '../../shared/bill/client.ts'
import { type BillError, billErrorToAppError } from '../../shared/bill/errors.ts'
import { profileBaseUrls } from '../../shared/profiles/base-urls.ts'
import { appError } from '../../shared/protocol/errors.ts'
import { badgeFor } from '../../shared/session/badge.ts'
import { isExpired, remainingMs, touch } from '../../shared/session/clock.ts'
import {
  canSend,
  INITIAL_MFA,
  type MfaEvent,
  mfaReducer,
  recoverAfterRestart,
} from '../../shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import { ALARMS, planAlarms } from '../../shared/session/schedule.ts'
import { type SessionView, sessionView } from '../../shared/session/view.ts'
import type { SessionPorts } from './ports.ts'

const SIX_DIGITS = /^\d{6}$/

export type SessionService = ReturnType<typeof createSessionService>

/**
 * The session owner. State lives in storage.session (ports.loadRecord/saveRecord); the in-memory copy is only a
 * cache of it, re-read at every worker start. Read-modify-write steps are serialized; BILL calls run outside
 * that lock so the popup can read the state while a call is in flight.
 */
export function createSessionService(ports: SessionPorts) {
  let record: SessionRecord | undefined
  let lock: Promise<unknown> = Promise.resolve()

  function serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = lock.then(fn, fn)
    lock = run.catch(() => undefined)
    return run
  }

  /** Persists the record, then brings alarms, badge and open pages in line with it. */
  async function commit(next: SessionRecord | undefined): Promise<void> {
    record = next
    await ports.saveRecord(next)
    const prefs = await ports.getPreferences()
    const now = ports.now()
    await ports.applyAlarms(planAlarms(next, prefs, now))
    await refreshBadge()
    ports.broadcast()
  }

  async function refreshBadge(): Promise<void> {
    const prefs = await ports.getPreferences()
    const now = ports.now()
    if (!prefs.badgeEnabled) return ports.showBadge(undefined)
    const input = !record
      ? { state: 'signed-out' as const }
      : record.status === 'active'
        ? { state: 'active' as const, clock: record.clock }
        : { state: record.status }
    const badge = badgeFor(input, now, prefs.warnMinutesBefore)
    const left = record?.status === 'active' ? remainingMs(record.clock, now) : undefined
    const outsideWarning = left !== undefined && left > prefs.warnMinutesBefore * 60_000
    await ports.showBadge(prefs.badgeFormat === 'warning-only' && outsideWarning ? undefined : badge)
  }

  /** Applies fn to the current record, if it is still the session `expected` refers to. */
  function update(
    fn: (r: SessionRecord) => SessionRecord | undefined,
    expected?: SessionRecord,
  ): Promise<void> {
    return serialized(async () => {
      if (!record || (expected && record.sessionId !== expected.sessionId)) return
      await commit(fn(record))
    })
  }

  async function expire(reason: 'idle' | 'rejected-by-bill'): Promise<void> {
    const r = record
    if (r?.status !== 'active') return
    const now = ports.now()
    const { sessionId: _dropped, ...rest } = r
    await commit({
      ...rest,
      status: 'expired',
      trusted: false,
      expiredAt: now,
      expiredReason: reason,
      mfa: INITIAL_MFA,
    })
    await ports.appendEvent({ kind: 'session-expired', at: now, profileId: r.profileId, api: r.api })
    const prefs = await ports.getPreferences()
    if (prefs.notificationsEnabled) {
      await ports.notify(
        'expired',
        'BILL session expired',
        `${r.profileName}: BILL signed the session out after ${reason === 'idle' ? 'the idle timeout' : 'rejecting it'}. Click to sign in again.`,
      )
    }
  }

  /** The result of one authenticated BILL call: activity on success, expiry on BDC_1109. */
  async function afterCall(ok: boolean, error: BillError | undefined, keepAlive = false): Promise<void> {
    if (ok) {
      const at = ports.now()
      await update((r) => ({
        ...r,
        clock: touch(r.clock, at),
        keepAlivePings: keepAlive ? r.keepAlivePings + 1 : 0,
      }))
    } else if (error?.kind === 'session-expired') {
      await serialized(() => expire('rejected-by-bill'))
    }
  }

  function active(): { r: SessionRecord; sessionId: string; client: BillClient } {
    if (record?.status !== 'active' || !record.sessionId) {
      throw appError(
        record?.status === 'expired' ? 'session-expired' : 'not-signed-in',
        record?.status === 'expired' ? 'The BILL session has expired. Sign in again.' : 'Sign in first.',
      )
    }
    return { r: record, sessionId: record.sessionId, client: clientOf(record) }
  }

  function clientOf(r: SessionRecord): BillClient {
    return ports.clientFor({
      api: r.api,
      devKey: r.devKey,
      baseUrls: r.baseUrls,
      hostAllowed: ports.hostAllowed,
    })
  }

  function mfaStep(event: MfaEvent, expected: SessionRecord): Promise<void> {
    return update((r) => ({ ...r, mfa: mfaReducer(r.mfa, event) }), expected)
  }

  // Every worker start: re-derive everything from storage. A sign-in that was in flight died with the old
  // worker; an MFA step in flight goes back to where the user can act; an overdue session is expired.
  const ready = serialized(async () => {
    const stored = await ports.loadRecord()
    if (stored?.status === 'signing-in') return commit(undefined)
    if (!stored) return commit(undefined)
    record = { ...stored, mfa: recoverAfterRestart(stored.mfa) }
    if (record.status === 'active' && isExpired(record.clock, ports.now())) await expire('idle')
    else await commit(record)
  })

  const view = (): SessionView => sessionView(record, ports.now())

  return {
    ready,

    async getView(): Promise<SessionView> {
      await ready
      return view()
    },

    async signIn(profileId: string, secret: string): Promise<SessionView> {
      await ready
      const profile = await ports.getProfile(profileId)
      if (!profile) throw appError('not-found', 'That profile no longer exists. Pick another one.')
      if (!profile.devKey) {
        throw appError('invalid-input', 'This profile has no dev key yet. Add it in the settings first.', {
          fields: { devKey: 'Required' },
        })
      }
      const kindOfSecret = profile.authMethod === 'token' ? 'sync token' : 'password'
      if (!secret)
        throw appError('invalid-input', `Type the ${kindOfSecret}.`, { fields: { secret: 'Required' } })
      if (record?.status === 'signing-in') throw appError('bad-request', 'A sign-in is already under way.')

      const now = ports.now()
      const baseUrls = profileBaseUrls(profile)
      const pending: SessionRecord = {
        status: 'signing-in',
        profileId,
        profileName: profile.name,
        api: profile.api,
        authMethod: profile.authMethod,
        username: profile.username,
        organizationId: profile.organizationId,
        devKey: profile.devKey,
        baseUrls,
        // Token sessions do not idle out (docs/bill-api.md §3, §7).
        clock: {
          lastActivityAt: now,
          idleTimeoutMs: profile.authMethod === 'token' ? undefined : profile.idleTimeoutSeconds * 1000,
        },
        trusted: false,
        signedInAt: now,
        keepAlivePings: 0,
        mfa: INITIAL_MFA,
      }
      await serialized(() => commit(pending))
      const client = ports.clientFor({
        api: profile.api,
        devKey: profile.devKey,
        baseUrls,
        hostAllowed: ports.hostAllowed,
      })
      const device = await ports.findTrustedDevice(profileId, profile.api, now)
      const remembered = device ? { id: device.rememberId, device: device.device } : undefined

      const login = await client.login({
        username: profile.username,
        password: secret,
        organizationId: profile.organizationId,
        ...(remembered ? { remembered } : {}),
      })
      if (!login.ok) {
        await serialized(() => commit(undefined))
        await ports.appendEvent({
          kind: 'sign-in-failed',
          at: ports.now(),
          profileId,
          api: profile.api,
          errorKind: login.error.kind,
          ...(login.error.code ? { billCode: login.error.code } : {}),
        })
        throw billErrorToAppError(login.error)
      }
      let trusted = login.value.trusted
      // v3 may still need a step-up with the remembered id (docs/bill-api.md §13 step 2).
      if (!trusted && remembered && profile.api === 'v3') {
        const up = await client.stepUp(login.value.sessionId, remembered)
        trusted = up.ok && up.value.trusted
      }
      if (remembered && !trusted && device) await ports.forgetTrustedDevice(device.id)

      const at = ports.now()
      await serialized(() =>
        commit({
          ...pending,
          status: 'active',
          sessionId: login.value.sessionId,
          organizationId: login.value.organizationId || profile.organizationId,
          userId: login.value.userId,
          clock: { ...pending.clock, lastActivityAt: at },
          trusted,
          ...(trusted ? { trustedVia: 'remembered-device' as const } : {}),
          ...(trusted ? { mfa: { ...INITIAL_MFA, current: { step: 'trusted', at, remembered: true } } } : {}),
        }),
      )
      await ports.clearNotifications()
      await ports.appendEvent({ kind: 'sign-in', at, profileId, api: profile.api })
      return view()
    },

    async signOut(): Promise<SessionView> {
      await ready
      const r = record
      if (r?.status === 'active' && r.sessionId) {
        // Sign out locally whatever BILL answers: the user asked to be signed out.
        await clientOf(r).logout(r.sessionId)
      }
      await serialized(() => commit(undefined))
      await ports.clearNotifications()
      if (r)
        await ports.appendEvent({ kind: 'sign-out', at: ports.now(), profileId: r.profileId, api: r.api })
      return view()
    },

    async sendChallenge(): Promise<SessionView> {
      await ready
      const { r, sessionId, client } = active()
      const at = ports.now()
      const allowed = canSend(r.mfa, at)
      if (!allowed.ok) {
        if (allowed.reason === 'cooling-down') {
          throw appError(
            'rate-limited',
            'BILL allows 5 codes a minute. Wait a moment, then send a new code.',
            {
              ...(allowed.retryAt ? { retryAt: allowed.retryAt } : {}),
            },
          )
        }
        return view()
      }
      await mfaStep({ type: 'send', at }, r)
      const sent = await client.mfaChallenge(sessionId)
      await afterCall(sent.ok, sent.ok ? undefined : sent.error)
      if (sent.ok) {
        await mfaStep({ type: 'sent', challengeId: sent.value.challengeId, at: ports.now() }, r)
        await ports.appendEvent({
          kind: 'mfa-challenge-sent',
          at: ports.now(),
          profileId: r.profileId,
          api: r.api,
        })
      } else {
        await failMfa('send-failed', sent.error, r)
      }
      return view()
    },

    async verifyCode(rawCode: string, remember: boolean): Promise<SessionView> {
      await ready
      const { r, sessionId, client } = active()
      const code = rawCode.replace(/[\s-]/g, '')
      if (!SIX_DIGITS.test(code)) {
        throw appError('invalid-input', 'The code has six digits.', { fields: { code: 'Six digits' } })
      }
      const challenge = r.mfa.current
      if (challenge.step !== 'challenge-sent' && !(challenge.step === 'error' && challenge.challengeId)) {
        throw appError('bad-request', 'Send a code first.')
      }
      await mfaStep({ type: 'verify', at: ports.now() }, r)
      const current = record?.mfa.current
      if (current?.step !== 'verifying') return view()
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
      await afterCall(result.ok, result.ok ? undefined : result.error)
      if (!result.ok) {
        await failMfa('verify-failed', result.error, r)
        return view()
      }
      const at = ports.now()
      const remembered = remember && result.value.rememberedId !== undefined
      await update(
        (x) => ({
          ...x,
          trusted: true,
          trustedVia: 'mfa',
          mfa: mfaReducer(x.mfa, { type: 'verified', remembered, at }),
        }),
        r,
      )
      await ports.appendEvent({ kind: 'mfa-verified', at, profileId: r.profileId, api: r.api })
      if (remembered && result.value.rememberedId) {
        await ports.recordTrustedDevice({
          profileId: r.profileId,
          api: r.api,
          rememberId: result.value.rememberedId,
          device,
          machineName: identity.machineName,
          issuedAt: at,
        })
        await ports.appendEvent({ kind: 'device-remembered', at, profileId: r.profileId, api: r.api })
      }
      return view()
    },

    async resetMfa(): Promise<SessionView> {
      await ready
      const { r } = active()
      await mfaStep({ type: 'reset' }, r)
      return view()
    },

    /** For the popup's explicit "copy session id" only. */
    async revealSessionId(): Promise<{ sessionId: string }> {
      await ready
      return { sessionId: active().sessionId }
    },

    /** What a replay from the DevTools panel needs: the active session's credentials (background-internal). */
    async replaySession(): Promise<
      | { api: SessionRecord['api']; baseUrls: SessionRecord['baseUrls']; devKey: string; sessionId: string }
      | undefined
    > {
      await ready
      if (record?.status !== 'active' || !record.sessionId) return undefined
      return {
        api: record.api,
        baseUrls: record.baseUrls,
        devKey: record.devKey,
        sessionId: record.sessionId,
      }
    },

    /** A call made with the session outside this service (the panel's replay): same bookkeeping as ours. */
    async noteCall(ok: boolean, billCodes: readonly string[]): Promise<void> {
      await ready
      const expired = billCodes.some((c) => bdcKind(c) === 'session-expired')
      await afterCall(
        ok && !expired,
        expired ? { kind: 'session-expired', message: '', api: record?.api ?? 'v3' } : undefined,
      )
    },

    /** A tab's request to this session's BILL hosts carrying its session id: BILL reset its timer too. */
    async noteTabActivity(sessionId: string, at: number): Promise<void> {
      await ready
      if (record?.status === 'active' && record.sessionId === sessionId) {
        await update((x) => ({ ...x, clock: touch(x.clock, at), keepAlivePings: 0 }))
      }
    },

    /** The session id and hosts a tab request must match to count as activity (background-internal). */
    current(): Pick<SessionRecord, 'sessionId' | 'baseUrls' | 'status'> | undefined {
      return record && { sessionId: record.sessionId, baseUrls: record.baseUrls, status: record.status }
    },

    async onAlarm(name: string): Promise<void> {
      await ready
      const r = record
      const now = ports.now()
      if (r?.status !== 'active') return
      if (name === ALARMS.expiry) {
        if (isExpired(r.clock, now)) await serialized(() => expire('idle'))
        else await update((x) => x) // activity moved the end: re-plan
      } else if (name === ALARMS.warning) {
        const left = remainingMs(r.clock, now)
        const end = now + (left ?? 0)
        if (left && r.warnedForExpiry !== end) {
          await ports.notify(
            'warning',
            'BILL session ending soon',
            `${r.profileName}: about ${Math.max(1, Math.round(left / 60_000))} min left before BILL signs you out.`,
          )
          await update((x) => ({ ...x, warnedForExpiry: end }))
        }
      } else if (name === ALARMS.keepAlive) {
        const prefs = await ports.getPreferences()
        if (!prefs.keepAliveEnabled || r.keepAlivePings >= prefs.keepAliveMaxPings || !r.sessionId) return
        const ping = await clientOf(r).sessionInfo(r.sessionId)
        await afterCall(ping.ok, ping.ok ? undefined : ping.error, true)
        if (ping.ok)
          await ports.appendEvent({ kind: 'keep-alive', at: now, profileId: r.profileId, api: r.api })
      } else if (name === ALARMS.badge) {
        await refreshBadge()
      }
    },

    /** Preferences changed: alarms and badge follow. */
    async preferencesChanged(): Promise<void> {
      await ready
      await serialized(() => commit(record))
    },
  }

  async function failMfa(
    type: 'send-failed' | 'verify-failed',
    error: BillError,
    r: SessionRecord,
  ): Promise<void> {
    if (error.kind === 'session-expired') throw billErrorToAppError(error)
    const failure = { kind: error.kind, message: error.message }
    await mfaStep({ type, failure, at: ports.now() }, r)
    await ports.appendEvent({
      kind: 'mfa-failed',
      at: ports.now(),
      profileId: r.profileId,
      api: r.api,
      errorKind: error.kind,
      ...(error.code ? { billCode: error.code } : {}),
    })
  }
}
