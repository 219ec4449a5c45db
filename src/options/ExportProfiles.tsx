import { useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
import { downloadText } from '../ui/download.ts'
import { t } from '../ui/i18n/t.ts'
import { profileCount } from './profile-count.ts'

/** Export as a JSON file to share a setup: never passwords; dev keys only when ticked. */
export function ExportProfiles({ announce }: { announce: (message: string) => void }) {
  const client = useClient()
  const [includeDevKeys, setIncludeDevKeys] = useState(false)
  const [json, setJson] = useState('')

  async function exportNow() {
    const reply = await client.call('exportProfiles', { includeDevKeys })
    if (!reply.ok) return announce(reply.error.message)
    setJson(reply.result.json)
    downloadText(
      `bill-companion-profiles-${new Date().toISOString().slice(0, 10)}.json`,
      reply.result.json,
      'application/json',
    )
    announce(t('exportedProfiles', { profiles: profileCount(reply.result.count) }))
  }

  return (
    <div class="exchange">
      <h3>{t('exportTitle')}</h3>
      <label class="check">
        <input
          type="checkbox"
          data-testid="profiles-export-include-dev-keys"
          checked={includeDevKeys}
          onChange={(e) => setIncludeDevKeys(e.currentTarget.checked)}
        />
        {t('exportIncludeDevKeys')}
      </label>
      <p class="muted">{t('exportNever')}</p>
      <button type="button" data-testid="profiles-export" onClick={() => void exportNow()}>
        {t('exportProfiles')}
      </button>
      {json && (
        <>
          <label for="profiles-export-json">{t('exportedJson')}</label>
          <textarea
            id="profiles-export-json"
            data-testid="profiles-export-json"
            readOnly
            rows={6}
            value={json}
          />
        </>
      )}
    </div>
  )
}
