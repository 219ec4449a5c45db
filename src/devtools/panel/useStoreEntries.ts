import { useEffect, useState } from 'preact/hooks'
import type { CaptureStore } from '../capture/capture-store.ts'
import type { CapturedRequest } from '../capture/captured-request.ts'

/** The store's entries, re-read on every change (the array identity changes only then). */
export function useStoreEntries(store: CaptureStore): readonly CapturedRequest[] {
  const [entries, setEntries] = useState(() => store.entries())
  useEffect(() => {
    setEntries(store.entries())
    return store.subscribe(() => setEntries(store.entries()))
  }, [store])
  return entries
}
