import type { Entry } from 'har-format'
import { useState } from 'preact/hooks'
import type { KnownSecrets } from '../../shared/redact/index.ts'
import { downloadBlob } from '../../ui/download.ts'
import { t } from '../../ui/i18n/t.ts'
import { type ExportProgress, harBlob } from './har-blob.ts'
import type { Privacy } from './prepare.ts'
import { REPORT_HAR_NAME } from './report.ts'

export interface HarExport {
  busy: boolean
  /** One line for the user: how far the running export got, or why the last one failed; else empty. */
  status: string
  start(entries: readonly Entry[], privacy: Privacy, known: KnownSecrets): void
}

const count = (n: number) => n.toLocaleString('en-US')
const progressLine = ({ done, total }: ExportProgress) =>
  t('harExporting', { done: count(done), total: count(total) })

/** "Export HAR": built in slices (the panel keeps answering), then downloaded; one export at a time. */
export function useHarExport(version: string): HarExport {
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const start = (entries: readonly Entry[], privacy: Privacy, known: KnownSecrets) => {
    if (busy) return
    setBusy(true)
    setStatus(progressLine({ done: 0, total: entries.length }))
    harBlob(entries, privacy, version, known, { onProgress: (p) => setStatus(progressLine(p)) })
      .then((blob) => {
        downloadBlob(REPORT_HAR_NAME, blob)
        setStatus('')
      })
      .catch((error: unknown) => setStatus(t('harExportFailed', { reason: String(error) })))
      .finally(() => setBusy(false))
  }
  return { busy, status, start }
}
