import './har-file.css'
import { t } from '../../ui/i18n/t.ts'
import type { HarFile } from './useHarFile.ts'

const number = (n: number) => n.toLocaleString('en-US')

interface Props {
  file: HarFile
  onOpen(file: File): void
  /** Inside DevTools: the file's rows replace the live capture's until the file is closed. */
  live: boolean
}

/** "Open HAR…": a file input (test id `har-open`), the reading's progress, and one clear error. */
export function HarFileControls({ file, onOpen, live }: Props) {
  const { state } = file
  return (
    <div class="toolbar har-file" role="toolbar" aria-label={t('harFile')}>
      <label class="file-button">
        {t('openHar')}
        <input
          type="file"
          accept=".har,.json,.gz,application/json"
          data-testid="har-open"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0]
            if (chosen) onOpen(chosen)
            e.currentTarget.value = ''
          }}
        />
      </label>
      {state.kind === 'none' && <span class="muted">{t('dropHar')}</span>}
      {state.kind === 'loading' && (
        <span role="status" data-testid="har-status" data-state="loading">
          {t('harReading', { name: state.name, read: number(state.read), total: number(state.total) })}
        </span>
      )}
      {state.kind === 'loaded' && (
        <span role="status" data-testid="har-status" data-state="loaded" data-entries={state.total}>
          {t(state.skipped > 0 ? 'harLoadedSkipped' : 'harLoaded', {
            name: state.name,
            total: number(state.total),
            skipped: number(state.skipped),
          })}
        </span>
      )}
      {state.kind === 'error' && (
        <span class="error-text" role="alert" data-testid="har-error">
          {state.message}
        </span>
      )}
      {state.kind !== 'none' && (
        <button type="button" data-testid="har-close" onClick={file.close}>
          {t(live ? 'backToLiveCapture' : 'closeFile')}
        </button>
      )}
    </div>
  )
}
