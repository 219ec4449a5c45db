import { useEffect, useState } from 'preact/hooks'
import type { BadgeFormat, BooleanPreference, Preferences } from '../shared/preferences.ts'
import { CONFIRM_AFTER_MS } from '../shared/session/confirm.ts'
import { useClient } from '../ui/client.ts'
import { NumberPreference } from './NumberPreference.tsx'
import { SelectField } from './SelectField.tsx'

const BADGE_FORMATS = [
  { value: 'minutes', label: 'Always: minutes left (“34m”)' },
  { value: 'warning-only', label: 'Only when the session is about to idle out' },
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
      <h2 id="preferences-heading">Preferences</h2>
      {toggle('pref-badge-enabled', 'badgeEnabled', 'Show the time left on the toolbar badge')}
      {prefs.badgeEnabled && (
        <SelectField<BadgeFormat>
          id="pref-badge-format"
          label="Badge"
          value={prefs.badgeFormat}
          options={BADGE_FORMATS}
          onChange={(badgeFormat) => void change({ badgeFormat })}
        />
      )}
      <NumberPreference
        id="pref-warn-minutes"
        label="Warn before the session idles out (minutes)"
        hint="1 to 30. BILL signs out after 35 idle minutes."
        field="warnMinutesBefore"
        preferences={prefs}
        onChange={(p) => void change(p)}
      />
      {toggle('pref-notifications', 'notificationsEnabled', 'Show a notification with the warning')}
      {toggle('pref-keep-alive', 'keepAliveEnabled', 'Keep the session alive: ping BILL before it idles out')}
      {prefs.keepAliveEnabled && (
        <NumberPreference
          id="pref-keep-alive-max-pings"
          label="Ping at most this many times in a row"
          hint="1 to 20. After that the session is left to idle out."
          field="keepAliveMaxPings"
          preferences={prefs}
          onChange={(p) => void change(p)}
        />
      )}
      {toggle(
        'pref-confirm-session',
        'confirmSessionOnOpen',
        `When the popup opens, check with BILL that the session still exists if BILL has not confirmed it for ${CONFIRM_AFTER_MS / 60_000} minutes (one session-details call: BILL counts it as activity, so it resets the idle timer)`,
      )}
      <NumberPreference
        id="pref-history-days"
        label="Keep the sign-in history for (days)"
        hint="1 to 365. Older events are deleted."
        field="historyRetentionDays"
        preferences={prefs}
        onChange={(p) => void change(p)}
      />
    </section>
  )
}
