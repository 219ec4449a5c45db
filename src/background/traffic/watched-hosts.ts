import { readProfilesSummary } from '../../shared/profiles/summary.ts'

// Every request of every tab asks which hosts are BILL's: the answer is kept in memory for the worker's life
// and replaced when the profiles summary changes, so no request reads storage or the database.

export interface WatchedHostsPorts {
  /** The stored profiles summary, as it is (storage.local). */
  readSummary(): Promise<unknown>
  /** Writes the summary from the database: an install from before the summary has none yet. */
  rebuildSummary(): Promise<void>
  /** Calls back with each newly stored summary (undefined when removed). Registers synchronously. */
  onSummaryChanged(listener: (stored: unknown) => void): void
}

/** The profiles' hosts plus `fixed` (the local sandbox), loaded once and kept current by change events. */
export function watchedHosts(
  ports: WatchedHostsPorts,
  fixed: readonly string[],
): () => Promise<readonly string[]> {
  const withFixed = (stored: unknown) => {
    const summary = readProfilesSummary(stored)
    return summary && [...summary.hosts, ...fixed]
  }
  const load = async () => {
    const hosts = withFixed(await ports.readSummary())
    if (hosts) return hosts
    await ports.rebuildSummary()
    return withFixed(await ports.readSummary()) ?? fixed
  }
  let kept: Promise<readonly string[]> | undefined
  ports.onSummaryChanged((stored) => {
    const hosts = withFixed(stored)
    // Removed (all data deleted, then rewritten): the next request reads it again.
    kept = hosts && Promise.resolve(hosts)
  })
  return () => {
    if (kept) return kept
    const entry = load()
    kept = entry
    // A failed read is not kept: the next request tries again.
    entry.catch(() => {
      if (kept === entry) kept = undefined
    })
    return entry
  }
}
