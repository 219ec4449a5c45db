import { useState } from 'preact/hooks'
import type { ProfileView } from '../shared/profiles/types.ts'
import type { Params, RequestName } from '../shared/protocol/index.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import { ProfileForm } from './ProfileForm.tsx'
import { ProfileItem } from './ProfileItem.tsx'
import { draftFromProfile, EMPTY_DRAFT, LOCAL_SANDBOX_DRAFT, type ProfileDraft } from './profile-draft.ts'
import type { ProfilesState } from './useProfiles.ts'

interface ProfilesSectionProps {
  profiles: ProfilesState
  reload: () => Promise<void>
  announce: (message: string) => void
  /** The local build offers a one-click preset for the local sandbox. */
  localBuild: boolean
}

type Editor = { profile: ProfileView | null; draft: ProfileDraft; key: number; fromSandbox: boolean } | null

export function ProfilesSection({ profiles, reload, announce, localBuild }: ProfilesSectionProps) {
  const client = useClient()
  const [editor, setEditor] = useState<Editor>(null)
  const [busy, setBusy] = useState(false)
  // A new key remounts the form, so opening another profile starts from its own values.
  const openEditor = (profile: ProfileView | null, draft: ProfileDraft, fromSandbox = false) =>
    setEditor((open) => ({ profile, draft, key: (open?.key ?? 0) + 1, fromSandbox }))

  async function run<N extends RequestName>(name: N, params: Params<N>, done: string) {
    setBusy(true)
    const reply = await client.call(name, params)
    setBusy(false)
    announce(reply.ok ? done : reply.error.message)
    await reload()
  }

  const list = profiles.state === 'loaded' ? profiles.data.profiles : []
  const activeId = profiles.state === 'loaded' ? profiles.data.activeProfileId : null
  return (
    <section aria-labelledby="profiles-heading">
      <div class="section-head">
        <h2 id="profiles-heading">{t('profilesTitle')}</h2>
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-testid="profile-new"
            onClick={() => openEditor(null, EMPTY_DRAFT)}
          >
            {t('newProfile')}
          </button>
          {localBuild && (
            <button
              type="button"
              data-testid="profile-preset-local"
              onClick={() => openEditor(null, LOCAL_SANDBOX_DRAFT, true)}
            >
              {t('newLocalSandboxProfile')}
            </button>
          )}
        </div>
      </div>
      <p class="muted">{t('profilesIntro')}</p>
      {editor && (
        <ProfileForm
          key={editor.key}
          editing={editor.profile}
          initial={editor.draft}
          localBuild={localBuild}
          fromSandbox={editor.fromSandbox}
          onCancel={() => setEditor(null)}
          onSaved={(saved) => {
            setEditor(null)
            announce(t('profileSaved', { name: saved.name }))
            void reload()
          }}
        />
      )}
      {profiles.state === 'failed' && <p class="error-text">{profiles.message}</p>}
      {profiles.state === 'loaded' && list.length === 0 && !editor && (
        <p data-testid="profiles-empty">{t('profilesNone')}</p>
      )}
      <ul class="profile-list" data-testid="profile-list">
        {list.map((profile) => (
          <ProfileItem
            key={profile.id}
            profile={profile}
            active={profile.id === activeId}
            busy={busy}
            onActivate={() =>
              void run('setActiveProfile', { id: profile.id }, t('profileInUse', { name: profile.name }))
            }
            onEdit={() => openEditor(profile, draftFromProfile(profile))}
            onDuplicate={() =>
              void run('duplicateProfile', { id: profile.id }, t('profileDuplicated', { name: profile.name }))
            }
            onDelete={() =>
              void run('deleteProfile', { id: profile.id }, t('profileDeleted', { name: profile.name }))
            }
          />
        ))}
      </ul>
    </section>
  )
}
