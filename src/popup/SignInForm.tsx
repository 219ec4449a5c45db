import { useState } from 'preact/hooks'
import type { ProfileSummary } from '../shared/profiles/summary.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import type { SessionHook } from './useSession.ts'

interface Props {
  profiles: ProfileSummary[]
  activeProfileId: string | null
  /** The profile shown in the picker: chosen by the popup, which keeps it across this form's remounts. */
  profileId: string
  onPick(profileId: string): void
  session: SessionHook
}

/** Profile picker + password or sync token. The secret goes to the background for one call and is not kept. */
export function SignInForm({ profiles, activeProfileId, profileId, onPick, session }: Props) {
  const client = useClient()
  const [secret, setSecret] = useState('')

  if (profiles.length === 0) {
    return (
      <div class="stack" data-testid="signin-no-profiles">
        <p>{t('addProfileFirst')}</p>
        <button type="button" class="primary" onClick={() => client.openSettings()}>
          {t('openSettings')}
        </button>
      </div>
    )
  }
  const profile = profiles.find((p) => p.id === profileId)
  const isToken = profile?.authMethod === 'token'

  const submit = async (e: Event) => {
    e.preventDefault()
    if (!profileId) return
    if (profileId !== activeProfileId) await client.call('setActiveProfile', { id: profileId })
    const ok = await session.run(() => client.call('signIn', { profileId, secret }))
    if (ok) setSecret('')
  }

  return (
    <form class="stack" onSubmit={submit}>
      <label class="field">
        <span>{t('profile')}</span>
        <select
          data-testid="profile-select"
          value={profileId}
          onChange={(e) => onPick((e.target as HTMLSelectElement).value)}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.api} · {p.environment}
            </option>
          ))}
        </select>
      </label>
      {profile ? (
        // The select shortens a long name to its width: the whole name is written out here.
        <p class="muted small wrap-anywhere" data-testid="signin-profile">
          {t('signInProfileLine', {
            name: profile.name,
            user: profile.username,
            org: profile.organizationId,
          })}
        </p>
      ) : null}
      <label class="field">
        <span>{t(isToken ? 'syncToken' : 'password')}</span>
        <input
          data-testid="signin-secret"
          type="password"
          autoComplete={isToken ? 'off' : 'current-password'}
          value={secret}
          required
          onInput={(e) => setSecret((e.target as HTMLInputElement).value)}
        />
      </label>
      <p class="muted small">{t('secretNeverStored')}</p>
      <button type="submit" class="primary" data-testid="signin-submit" disabled={session.busy || !secret}>
        {t(session.busy ? 'signingIn' : 'signIn')}
      </button>
    </form>
  )
}
