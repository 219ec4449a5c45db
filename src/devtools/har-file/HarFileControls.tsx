import './har-file.css'
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
    <div class="toolbar har-file" role="toolbar" aria-label="HAR file">
      <label class="file-button">
        Open HAR…
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
      {state.kind === 'none' && (
        <span class="muted">or drop a HAR file (Chrome or Firefox export) on the page.</span>
      )}
      {state.kind === 'loading' && (
        <span role="status" data-testid="har-status" data-state="loading">
          Reading {state.name}: {number(state.read)} of {number(state.total)} requests…
        </span>
      )}
      {state.kind === 'loaded' && (
        <span role="status" data-testid="har-status" data-state="loaded" data-entries={state.total}>
          {state.name}: {number(state.total)} requests
          {state.skipped > 0 ? ` (${number(state.skipped)} without a usable request skipped)` : ''}.
        </span>
      )}
      {state.kind === 'error' && (
        <span class="error-text" role="alert" data-testid="har-error">
          {state.message}
        </span>
      )}
      {state.kind !== 'none' && (
        <button type="button" data-testid="har-close" onClick={file.close}>
          {live ? 'Back to live capture' : 'Close file'}
        </button>
      )}
    </div>
  )
}
