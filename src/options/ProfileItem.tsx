import { useEffect, useRef, useState } from 'preact/hooks'
import type { ProfileView } from '../shared/profiles/types.ts'
import { GRANT_HASH } from '../ui/host-access.ts'
import { t } from '../ui/i18n/t.ts'
import { useHostAccess } from './useHostAccess.ts'

interface ProfileItemProps {
  profile: ProfileView
  active: boolean
  busy: boolean
  onActivate: () => void
  onEdit: () => void
  onDuplicate: () => void
  onDelete: () => void
}

const ENVIRONMENT_LABELS = {
  sandbox: 'envSandbox',
  production: 'envProduction',
  custom: 'envCustom',
} as const

export function ProfileItem({
  profile,
  active,
  busy,
  onActivate,
  onEdit,
  onDuplicate,
  onDelete,
}: ProfileItemProps) {
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const keepRef = useRef<HTMLButtonElement>(null)
  // The Delete button is replaced by the confirmation: keep keyboard focus on the safe choice.
  useEffect(() => {
    if (confirmingDelete) keepRef.current?.focus()
  }, [confirmingDelete])
  const access = useHostAccess(profile)
  const headingId = `profile-${profile.id}-name`
  return (
    <li
      class={`profile-item${active ? ' active' : ''}`}
      data-testid="profile-item"
      data-profile-id={profile.id}
      data-active={String(active)}
      aria-labelledby={headingId}
    >
      <div class="profile-head">
        <h3 id={headingId} data-testid="profile-item-name">
          {profile.name}
        </h3>
        <span class={`tag ${profile.environment}`}>{t(ENVIRONMENT_LABELS[profile.environment])}</span>
        <span class="tag">{profile.api}</span>
        {active && (
          <span class="tag active-tag" data-testid="profile-active-marker">
            {t('profileActive')}
          </span>
        )}
      </div>
      <dl class="profile-facts">
        <dt>{t('organization')}</dt>
        <dd>{profile.organizationId}</dd>
        <dt>{t('user')}</dt>
        <dd>
          {t('profileUser', {
            user: profile.username,
            method: t(profile.authMethod === 'token' ? 'syncTokenLower' : 'passwordLower'),
          })}
        </dd>
        <dt>{t('devKey')}</dt>
        <dd data-testid="profile-dev-key-masked">
          {profile.hasDevKey ? profile.devKeyMasked : <span class="error-text">{t('devKeyMissing')}</span>}
        </dd>
        {profile.customBaseUrls && (
          <>
            <dt>{t('hosts')}</dt>
            <dd>
              {profile.customBaseUrls.v3} · {profile.customBaseUrls.v2}
            </dd>
          </>
        )}
        {profile.environment === 'custom' && (
          <>
            <dt>{t('fieldIdleTimeout')}</dt>
            <dd>{t('seconds', { count: profile.idleTimeoutSeconds })}</dd>
          </>
        )}
      </dl>
      {access.granted === false && (
        <p class="banner warn" data-testid="profile-needs-access">
          {t('profileNeedsAccess')}{' '}
          <button
            type="button"
            data-testid="profile-grant-access"
            onClick={access.grant}
            // Opened from the popup's "Grant access" (…#grant): land on the active profile's button.
            ref={(button) => {
              if (button && active && location.hash === GRANT_HASH) button.focus()
            }}
          >
            {t('grantAccess')}
          </button>
        </p>
      )}
      <p class="error-text" role="alert">
        {access.problem}
      </p>
      <div class="actions">
        <button
          type="button"
          class={active ? '' : 'primary'}
          data-testid="profile-activate"
          aria-pressed={active}
          disabled={busy}
          onClick={onActivate}
        >
          {t(active ? 'profileInUseButton' : 'useThisProfile')}
        </button>
        <button type="button" data-testid="profile-edit" disabled={busy} onClick={onEdit}>
          {t('edit')}
        </button>
        <button type="button" data-testid="profile-duplicate" disabled={busy} onClick={onDuplicate}>
          {t('duplicate')}
        </button>
        {confirmingDelete ? (
          <>
            <button
              type="button"
              class="danger"
              data-testid="profile-delete-confirm"
              disabled={busy}
              onClick={onDelete}
            >
              {t('profileDeleteConfirm', { name: profile.name })}
            </button>
            <button
              type="button"
              ref={keepRef}
              data-testid="profile-delete-cancel"
              onClick={() => setConfirmingDelete(false)}
            >
              {t('keepIt')}
            </button>
          </>
        ) : (
          <button
            type="button"
            data-testid="profile-delete"
            disabled={busy}
            onClick={() => setConfirmingDelete(true)}
          >
            {t('delete')}
          </button>
        )}
      </div>
    </li>
  )
}
