import { useEffect, useState } from 'preact/hooks'
import type { CaptureStore } from '../capture/capture-store.ts'
import type { CapturedRequest } from '../capture/captured-request.ts'

// A burst of requests (a page load, the getHAR backfill) is read once, on the next frame, not once per add.
const nextFrame = (run: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : setTimeout(run, 0)

/** The store's entries, re-read after changes, at most once per frame (the array identity changes only then). */
export function useStoreEntries(store: CaptureStore): readonly CapturedRequest[] {
  const [entries, setEntries] = useState(() => store.entries())
  useEffect(() => {
    let scheduled = false
    let live = true
    setEntries(store.entries())
    const unsubscribe = store.subscribe(() => {
      if (scheduled) return
      scheduled = true
      nextFrame(() => {
        scheduled = false
        if (live) setEntries(store.entries())
      })
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [store])
  return entries
}
