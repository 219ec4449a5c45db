import { useEffect, useState } from 'preact/hooks'
import type { CaptureStore } from '../capture/capture-store.ts'
import type { CapturedRequest } from '../capture/captured-request.ts'
import { oncePerFrame } from './once-per-frame.ts'

/**
 * The store's entries, re-read after changes, at most once per frame (the array identity changes only then):
 * a burst of requests (a page load, the getHAR backfill) is read once, not once per add.
 */
export function useStoreEntries(store: CaptureStore): readonly CapturedRequest[] {
  const [entries, setEntries] = useState(() => store.entries())
  useEffect(() => {
    const reread = oncePerFrame(() => setEntries(store.entries()))
    setEntries(store.entries())
    const unsubscribe = store.subscribe(reread.request)
    return () => {
      reread.cancel()
      unsubscribe()
    }
  }, [store])
  return entries
}
