import { useMemo } from 'preact/hooks'
import { type KnownSecrets, NO_SECRETS } from '../../shared/redact/index.ts'
import type { CaptureStore } from '../capture/capture-store.ts'
import type { HarFileState } from '../har-file/useHarFile.ts'
import { type AnalyzedRequest, byStartTime, createAnalyzer } from './analyze.ts'
import { createSequenceMerger, createSequenceReader } from './sequence-rows.ts'
import { useGrownView } from './useGrownView.ts'
import { useStoreEntries } from './useStoreEntries.ts'

export interface PanelRows {
  /** All rows of what is shown (the live capture, or the open HAR file), oldest first (a file's once read). */
  rows: AnalyzedRequest[]
  /** Every credential those rows reveal, masked everywhere (also in rows filtered out of view). */
  secrets: KnownSecrets
  /** True while a HAR file's rows are shown instead of the live capture. */
  fromFile: boolean
  /** Requests kept by the live capture. */
  liveSize: number
}

/** The known secrets with those of the rows from `from` on (the same set when they add none). */
function addSecrets(known: KnownSecrets, rows: readonly AnalyzedRequest[], from: number): KnownSecrets {
  const added: string[] = []
  for (let i = from; i < rows.length; i++) {
    const secrets = rows[i]?.captured.secrets
    // Most rows reveal none: no iterator per row (100,000 rows when a shuffled file is sorted).
    if (secrets?.length) added.push(...secrets)
  }
  return known.with(added)
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
  const withSequence = useMemo(() => createSequenceReader(profileHosts), [profileHosts])
  const mergeSequence = useMemo(() => createSequenceMerger(), [])
  // A file still loading grows in place; its sequence findings come with its last event (the reader reads
  // them off the page), and only the rows they name are copied.
  const sequence = file.kind === 'loaded' ? file.sequence : undefined
  const rows = useMemo(
    () =>
      fileRows === undefined ? withSequence(live) : sequence ? mergeSequence(fileRows, sequence) : fileRows,
    [fileRows, live, sequence, withSequence, mergeSequence],
  )
  const secrets = useGrownView(rows, undefined, () => NO_SECRETS, addSecrets)
  return { rows, secrets, fromFile, liveSize: entries.length }
}
