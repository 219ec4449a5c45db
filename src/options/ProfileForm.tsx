import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { profileHostOrigins } from '../shared/profiles/base-urls.ts'
import type { ProfileField, ProfileFieldErrors, ProfileView } from '../shared/profiles/types.ts'
import { BILL_IDLE_SECONDS, type ProfileEnvironment } from '../shared/profiles/types.ts'
import { validateProfileInput } from '../shared/profiles/validate.ts'
import { useClient } from '../ui/client.ts'
import { accessProblem } from '../ui/host-access.ts'
import { t } from '../ui/i18n/t.ts'
import { ProductionWarning } from './ProductionWarning.tsx'
import { draftToRawInput, type ProfileDraft, withEnvironment } from './profile-draft.ts'
import { SandboxFill } from './SandboxFill.tsx'
import { SelectField } from './SelectField.tsx'
import { TextField } from './TextField.tsx'

interface ProfileFormProps {
  /** The profile being edited, or null for a new one. */
  editing: ProfileView | null
  initial: ProfileDraft
  onSaved: (profile: ProfileView) => void
  onCancel: () => void
  /** The local build also accepts http://127.0.0.1 and http://localhost base URLs. */
  localBuild: boolean
  /** The local sandbox preset: fills the form from the running sandbox's accounts. */
  fromSandbox?: boolean
}

const environments = () =>
  [
    { value: 'sandbox', label: t('envBillSandbox') },
    { value: 'production', label: t('envBillProduction') },
    { value: 'custom', label: t('envCustomLong') },
  ] as const
const apis = () => [
  { value: 'v3', label: t('apiV3') },
  { value: 'v2', label: t('apiV2') },
]
const authMethods = () => [
  { value: 'password', label: t('password') },
  { value: 'token', label: t('syncToken') },
]

/** Create or edit one profile. Errors show as the user types; saving asks for host access first if needed. */
export function ProfileForm({
  editing,
  initial,
  onSaved,
  onCancel,
  localBuild,
  fromSandbox,
}: ProfileFormProps) {
  const client = useClient()
  const [draft, setDraft] = useState(initial)
  const [touched, setTouched] = useState<ReadonlySet<ProfileField>>(new Set())
  const [submits, setSubmits] = useState(0)
  const [serverErrors, setServerErrors] = useState<ProfileFieldErrors>({})
  const [formError, setFormError] = useState('')
  const [saving, setSaving] = useState(false)
  const [accessNeeded, setAccessNeeded] = useState<boolean | undefined>(undefined)
  const formRef = useRef<HTMLFormElement>(null)

  const checked = useMemo(
    () =>
      validateProfileInput(draftToRawInput(draft), {
        devKeyRequired: !editing?.hasDevKey,
        allowLocalHttp: localBuild,
      }),
    [draft, editing, localBuild],
  )
  const clientErrors = checked.ok ? {} : checked.errors
  const errorOf = (field: ProfileField) =>
    touched.has(field) || submits > 0 ? (clientErrors[field] ?? serverErrors[field]) : undefined

  const origins = checked.ok ? profileHostOrigins(checked.value) : undefined
  const originsKey = origins?.join(' ')
  useEffect(() => {
    setAccessNeeded(undefined)
    if (!originsKey) return
    let current = true
    void client.hasHostAccess(originsKey.split(' ')).then((granted) => current && setAccessNeeded(!granted))
    return () => {
      current = false
    }
  }, [client, originsKey])

  // After a submit with errors, take keyboard users to the first field that needs attention.
  useEffect(() => {
    if (submits > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [submits])

  function update(field: ProfileField, patch: Partial<ProfileDraft>) {
    setDraft((d) => ({ ...d, ...patch }))
    setTouched((t) => new Set(t).add(field))
    setServerErrors(({ [field]: _fixed, ...rest }) => rest)
    setFormError('')
  }

  function onSubmit(event: Event) {
    event.preventDefault()
    setSubmits((n) => n + 1)
    if (!checked.ok || !origins || saving) return
    // Asked before any await: the prompt needs the gesture of this submit.
    const access =
      accessNeeded === false ? Promise.resolve({ granted: true as const }) : client.requestHostAccess(origins)
    setSaving(true)
    void access
      .then(async (granted) => {
        if (!granted.granted) return setFormError(accessProblem(granted.reason, origins))
        const reply = await client.call('saveProfile', { id: editing?.id, input: checked.value })
        if (reply.ok) return onSaved(reply.result)
        setServerErrors(reply.error.fields ?? {})
        setFormError(reply.error.message)
      })
      .finally(() => setSaving(false))
  }

  const custom = draft.environment === 'custom'
  const savedKeyHint = editing?.hasDevKey ? t('devKeySaved', { masked: editing.devKeyMasked }) : undefined
  return (
    <form ref={formRef} class="profile-form" data-testid="profile-form" onSubmit={onSubmit} noValidate>
      <h3>{editing ? t('editProfile', { name: editing.name }) : t('newProfile')}</h3>
      <TextField
        id="profile-name"
        label={t('fieldName')}
        value={draft.name}
        error={errorOf('name')}
        onInput={(name) => update('name', { name })}
      />
      <SelectField<ProfileEnvironment>
        id="profile-environment"
        label={t('fieldEnvironment')}
        value={draft.environment}
        options={environments()}
        error={errorOf('environment')}
        onChange={(environment) => {
          setDraft((d) => withEnvironment(d, environment))
          setFormError('')
        }}
      />
      {draft.environment === 'production' && <ProductionWarning />}
      {custom && (
        <>
          <TextField
            id="profile-v3-base"
            label={t('fieldV3Base')}
            inputMode="url"
            placeholder="http://127.0.0.1:4010/connect"
            value={draft.v3Base}
            error={errorOf('v3Base')}
            onInput={(v3Base) => update('v3Base', { v3Base })}
          />
          <TextField
            id="profile-v2-base"
            label={t('fieldV2Base')}
            inputMode="url"
            placeholder="http://127.0.0.1:4010/api/v2"
            value={draft.v2Base}
            error={errorOf('v2Base')}
            onInput={(v2Base) => update('v2Base', { v2Base })}
          />
          {fromSandbox && (
            <SandboxFill
              v3Base={draft.v3Base}
              onFill={(patch) => {
                setDraft((d) => ({ ...d, ...patch }))
                setServerErrors({})
                setFormError('')
              }}
            />
          )}
        </>
      )}
      <SelectField
        id="profile-api-version"
        label={t('fieldApi')}
        value={draft.api}
        options={apis()}
        error={errorOf('api')}
        onChange={(api) => update('api', { api })}
      />
      <TextField
        id="profile-org-id"
        label={t('fieldOrganizationId')}
        placeholder="00801…"
        value={draft.organizationId}
        error={errorOf('organizationId')}
        onInput={(organizationId) => update('organizationId', { organizationId })}
      />
      <TextField
        id="profile-dev-key"
        label={t('fieldDevKey')}
        value={draft.devKey}
        hint={savedKeyHint}
        error={errorOf('devKey')}
        onInput={(devKey) => update('devKey', { devKey })}
      />
      <SelectField
        id="profile-auth"
        label={t('fieldAuthMethod')}
        value={draft.authMethod}
        options={authMethods()}
        error={errorOf('authMethod')}
        onChange={(authMethod) => update('authMethod', { authMethod })}
      />
      <TextField
        id="profile-username"
        label={t(draft.authMethod === 'token' ? 'syncTokenName' : 'usernameEmail')}
        hint={t('secretAskedEachTime')}
        value={draft.username}
        error={errorOf('username')}
        onInput={(username) => update('username', { username })}
      />
      <details class="advanced" open={custom && draft.idleSeconds !== String(BILL_IDLE_SECONDS)}>
        <summary>{t('advanced')}</summary>
        <TextField
          id="profile-idle-seconds"
          label={t('idleTimeoutSeconds')}
          inputMode="numeric"
          readOnly={!custom}
          hint={t(custom ? 'idleTimeoutCustomHint' : 'idleTimeoutFixedHint', { seconds: BILL_IDLE_SECONDS })}
          value={draft.idleSeconds}
          error={errorOf('idleTimeoutSeconds')}
          onInput={(idleSeconds) => update('idleTimeoutSeconds', { idleSeconds })}
        />
      </details>
      <p class="error-text" role="alert" data-testid="profile-form-error">
        {formError}
      </p>
      <div class="actions">
        <button type="submit" class="primary" data-testid="profile-save" disabled={saving}>
          {t(saving ? 'saving' : 'saveProfile')}
        </button>
        <button type="button" data-testid="profile-cancel" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
