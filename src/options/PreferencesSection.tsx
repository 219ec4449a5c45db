import { useEffect, useState } from 'preact/hooks'
import type { BadgeFormat, BooleanPreference, Preferences } from '../shared/preferences.ts'
import { CONFIRM_AFTER_MS } from '../shared/session/confirm.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import { NumberPreference } from './NumberPreference.tsx'
import { SelectField } from './SelectField.tsx'

const badgeFormats = () =>
  [
    { value: 'minutes', label: t('badgeMinutes') },
    { value: 'warning-only', label: t('badgeWarningOnly') },
  ] as const

/** Badge, warnings, keep-alive and history retention; every change is saved at once. */
export function PreferencesSection({ announce }: { announce: (message: string) => void }) {
  const client = useClient()
  const [prefs, setPrefs] = useState<Preferences | null>(null)
  useEffect(() => {
    void client
      .call('getPreferences', undefined)
      .then((reply) => (reply.ok ? setPrefs(reply.result) : announce(reply.error.message)))
  }, [announce, client])

  async function change(patch: Partial<Preferences>) {
    const reply = await client.call('setPreferences', patch)
    if (reply.ok) setPrefs(reply.result)
    else announce(reply.error.message)
  }

  if (!prefs) return null
  const toggle = (id: string, field: BooleanPreference, label: string) => (
    <label class="check">
      <input
        type="checkbox"
        data-testid={id}
        checked={prefs[field]}
        onChange={(e) => void change({ [field]: e.currentTarget.checked })}
      />
      {label}
    </label>
  )
  return (
    <section aria-labelledby="preferences-heading" data-testid="preferences">
      <h2 id="preferences-heading">{t('preferencesTitle')}</h2>
      {toggle('pref-badge-enabled', 'badgeEnabled', t('prefBadgeEnabled'))}
      {prefs.badgeEnabled && (
        <SelectField<BadgeFormat>
          id="pref-badge-format"
          label={t('prefBadgeFormat')}
          value={prefs.badgeFormat}
          options={badgeFormats()}
          onChange={(badgeFormat) => void change({ badgeFormat })}
        />
      )}
      <NumberPreference
        id="pref-warn-minutes"
        label={t('prefWarnMinutes')}
        hint={t('prefWarnMinutesHint')}
        field="warnMinutesBefore"
        preferences={prefs}
        onChange={(p) => void change(p)}
      />
      {toggle('pref-notifications', 'notificationsEnabled', t('prefNotifications'))}
      {toggle('pref-keep-alive', 'keepAliveEnabled', t('prefKeepAlive'))}
      {prefs.keepAliveEnabled && (
        <NumberPreference
          id="pref-keep-alive-max-pings"
          label={t('prefKeepAliveMaxPings')}
          hint={t('prefKeepAliveMaxPingsHint')}
          field="keepAliveMaxPings"
          preferences={prefs}
          onChange={(p) => void change(p)}
        />
      )}
      {toggle(
        'pref-confirm-session',
        'confirmSessionOnOpen',
        t('prefConfirmSession', { minutes: CONFIRM_AFTER_MS / 60_000 }),
      )}
      <NumberPreference
        id="pref-history-days"
        label={t('prefHistoryDays')}
        hint={t('prefHistoryDaysHint')}
        field="historyRetentionDays"
        preferences={prefs}
        onChange={(p) => void change(p)}
      />
    </section>
  )
}
