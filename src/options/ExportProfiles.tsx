import { useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
import { downloadText } from '../ui/download.ts'

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
    announce(`Exported ${reply.result.count} profile${reply.result.count === 1 ? '' : 's'}.`)
  }

  return (
    <div class="exchange">
      <h3>Export</h3>
      <label class="check">
        <input
          type="checkbox"
          data-testid="profiles-export-include-dev-keys"
          checked={includeDevKeys}
          onChange={(e) => setIncludeDevKeys(e.currentTarget.checked)}
        />
        Include dev keys (anyone with the file can use them)
      </label>
      <p class="muted">
        Passwords and remembered devices are never in this file (a remembered device is exported on its own,
        under Trusted devices).
      </p>
      <button type="button" data-testid="profiles-export" onClick={() => void exportNow()}>
        Export profiles
      </button>
      {json && (
        <>
          <label for="profiles-export-json">Exported JSON (also downloaded)</label>
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
