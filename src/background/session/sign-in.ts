import { billErrorToAppError } from '../../shared/bill/errors.ts'
import { profileBaseUrls } from '../../shared/profiles/base-urls.ts'
import { appError } from '../../shared/protocol/errors.ts'
import { INITIAL_MFA } from '../../shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import type { SessionView } from '../../shared/session/view.ts'
import type { Owner } from './owner.ts'

// Signing in (with a remembered device when there is one) and out. A sign-out stores its intent first, so a
// worker stopped half-way finishes it at the next wake (see SessionRecord.signingOutAt).

export function createSignIn(owner: Owner) {
  const { ports } = owner

  /** Signs out at BILL (whatever it answers: the user asked to be signed out), then forgets the session. */
  async function finishSignOut(r: SessionRecord): Promise<void> {
    if (r.status === 'active' && r.sessionId) await owner.clientOf(r).logout(r.sessionId)
    await owner.serialized(() =>
      owner.record()?.signingOutAt === r.signingOutAt ? owner.commit(undefined) : Promise.resolve(),
    )
    await ports.clearNotifications()
    await ports.appendEvent({ kind: 'sign-out', at: ports.now(), profileId: r.profileId, api: r.api })
  }

  return {
    finishSignOut,

    async signIn(profileId: string, secret: string): Promise<SessionView> {
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
      if (owner.record()?.status === 'signing-in')
        throw appError('bad-request', 'A sign-in is already under way.')

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
      await owner.serialized(() => owner.commit(pending))
      const client = owner.clientOf(pending)
      const device = await ports.findTrustedDevice(profileId, profile.api, now)
      const remembered = device ? { id: device.rememberId, device: device.device } : undefined

      const login = await client.login({
        username: profile.username,
        password: secret,
        organizationId: profile.organizationId,
        ...(remembered ? { remembered } : {}),
      })
      if (!login.ok) {
        await owner.serialized(() => owner.commit(undefined))
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
      await owner.serialized(() =>
        owner.commit({
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
      return owner.view()
    },

    async signOut(): Promise<SessionView> {
      const r = owner.record()
      if (!r) return owner.view()
      const intent = { ...r, signingOutAt: ports.now() }
      await owner.serialized(() => owner.commit(intent))
      await finishSignOut(intent)
      return owner.view()
    },
  }
}
