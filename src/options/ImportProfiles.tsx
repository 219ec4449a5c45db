import { useState } from 'preact/hooks'
import { type ImportProblem, importSizeError } from '../shared/profiles/exchange.ts'
import type { ProfileField } from '../shared/profiles/types.ts'
import { utf8Length } from '../shared/text/utf8-length.ts'
import { useClient } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import { FIELD_LABELS } from './field-labels.ts'
import { importSummary } from './profile-count.ts'

interface ImportProfilesProps {
  announce: (message: string) => void
  onImported: () => Promise<void>
}

/**
 * Import from a file or pasted JSON: valid profiles are added (or, from a file imported before, updated),
 * each invalid one is explained. Too large a file is refused here before it is read or sent.
 */
export function ImportProfiles({ announce, onImported }: ImportProfilesProps) {
  const client = useClient()
  const [pasted, setPasted] = useState('')
  const [summary, setSummary] = useState('')
  const [problems, setProblems] = useState<ImportProblem[]>([])

  function refuse(message: string) {
    setSummary(message)
    setProblems([])
    announce(message)
  }

  async function importJson(json: string) {
    const tooLarge = importSizeError(utf8Length(json))
    if (tooLarge) return refuse(tooLarge)
    const reply = await client.call('importProfiles', { json })
    if (!reply.ok) return refuse(reply.error.message)
    const { imported, updated, problems: found, needsAccess } = reply.result
    const text = importSummary(imported.length, updated.length, found.length, needsAccess.length)
    setSummary(text)
    setProblems(found)
    announce(text)
    if (imported.length + updated.length > 0) setPasted('')
    await onImported()
  }

  return (
    <div class="exchange">
      <h3>{t('importTitle')}</h3>
      <label for="profiles-import-file">{t('importFromFile')}</label>
      <input
        id="profiles-import-file"
        data-testid="profiles-import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          const tooLarge = file && importSizeError(file.size)
          if (tooLarge) refuse(tooLarge)
          else if (file) void file.text().then(importJson)
          e.currentTarget.value = ''
        }}
      />
      <label for="profiles-import-json">{t('importPaste')}</label>
      <textarea
        id="profiles-import-json"
        data-testid="profiles-import-json"
        rows={4}
        value={pasted}
        onInput={(e) => setPasted(e.currentTarget.value)}
      />
      <button
        type="button"
        data-testid="profiles-import"
        disabled={pasted.trim() === ''}
        onClick={() => void importJson(pasted)}
      >
        {t('importPasted')}
      </button>
      <div data-testid="profiles-import-result" aria-live="polite">
        {summary && <p>{summary}</p>}
        {problems.length > 0 && (
          <ul class="import-problems">
            {problems.map((p) => (
              <li key={p.position} data-testid="profiles-import-problem" class="error-text">
                {t('importProblem', {
                  position: p.position,
                  name: p.name,
                  errors: Object.entries(p.errors)
                    .map(([field, message]) => `${t(FIELD_LABELS[field as ProfileField])}: ${message}`)
                    .join(' '),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
