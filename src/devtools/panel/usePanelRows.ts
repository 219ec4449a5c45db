import { useMemo } from 'preact/hooks'
import { KnownSecrets } from '../../shared/redact/index.ts'
import type { CaptureStore } from '../capture/capture-store.ts'
import type { HarFileState } from '../har-file/useHarFile.ts'
import { type AnalyzedRequest, byStartTime, createAnalyzer } from './analyze.ts'
import { useStoreEntries } from './useStoreEntries.ts'

export interface PanelRows {
  /** All rows of what is shown (the live capture, or the open HAR file), oldest first. */
  rows: AnalyzedRequest[]
  /** Every credential those rows reveal, masked everywhere (also in rows filtered out of view). */
  secrets: KnownSecrets
  /** True while a HAR file's rows are shown instead of the live capture. */
  fromFile: boolean
  /** Requests kept by the live capture. */
  liveSize: number
}

export function usePanelRows(
  store: CaptureStore,
  profileHosts: readonly string[],
  file: HarFileState,
): PanelRows {
  const entries = useStoreEntries(store)
  const analyzer = useMemo(() => createAnalyzer(profileHosts), [profileHosts])
  const live = useMemo(() => entries.map(analyzer).sort(byStartTime), [entries, analyzer])
  const fileRows = file.kind === 'loading' || file.kind === 'loaded' ? file.rows : undefined
  const fromFile = fileRows !== undefined
  const rows = useMemo(() => (fileRows ? [...fileRows].sort(byStartTime) : live), [fileRows, live])
  const secrets = useMemo(() => new KnownSecrets(rows.flatMap((r) => r.captured.secrets)), [rows])
  return { rows, secrets, fromFile, liveSize: entries.length }
}
