// Under a flood every request asks for the same slow value (the profile hosts, from IndexedDB).

/** A value loaded at most once per `maxAgeMs` and shared by every caller meanwhile (failures are not kept). */
export function recentValue<T>(
  maxAgeMs: number,
  now: () => number,
  load: () => Promise<T>,
): () => Promise<T> {
  let kept: { at: number; value: Promise<T> } | undefined
  return () => {
    if (kept && now() - kept.at < maxAgeMs) return kept.value
    const value = load()
    const entry = { at: now(), value }
    kept = entry
    value.catch(() => {
      if (kept === entry) kept = undefined
    })
    return value
  }
}
