import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { AnalyzedRequest } from '../panel/analyze.ts'
import { oncePerFrame } from '../panel/once-per-frame.ts'
import { appendRows, noFileRows, rowsByStartTime } from './file-rows.ts'
import { openHarFile } from './open-har.ts'

/**
 * The HAR file open in the panel, kept apart from the live capture. While loading, `rows` is one array
 * that grows in place (views fold in only the rows past the length they saw); once loaded, the rows by
 * start time (the same array when they came in order).
 */
export type HarFileState =
  | { kind: 'none' }
  | { kind: 'loading'; name: string; rows: AnalyzedRequest[]; read: number; total: number }
  | { kind: 'loaded'; name: string; rows: AnalyzedRequest[]; total: number; skipped: number }
  | { kind: 'error'; name: string; message: string }

export interface HarFile {
  state: HarFileState
  open(file: File): void
  close(): void
}

export function useHarFile(hosts: readonly string[]): HarFile {
  const [state, setState] = useState<HarFileState>({ kind: 'none' })
  const stop = useRef<(() => void) | undefined>(undefined)
  useEffect(() => () => stop.current?.(), [])

  const open = useCallback(
    (file: File) => {
      stop.current?.()
      const { name } = file
      const received = noFileRows()
      let progress = { read: 0, total: 0 }
      // Chunks arrive faster than frames: the page renders at most once per frame while reading.
      const render = oncePerFrame(() => setState({ kind: 'loading', name, rows: received.rows, ...progress }))
      setState({ kind: 'loading', name, rows: received.rows, ...progress })
      const stopReading = openHarFile(file, hosts, (event) => {
        if (event.type === 'rows') {
          appendRows(received, event.rows)
          progress = { read: event.read, total: event.total }
          render.request()
          return
        }
        render.cancel()
        if (event.type === 'error') setState({ kind: 'error', name, message: event.message })
        else {
          const rows = rowsByStartTime(received)
          setState({ kind: 'loaded', name, rows, total: event.total, skipped: event.skipped })
        }
      })
      stop.current = () => {
        render.cancel()
        stopReading()
      }
    },
    [hosts],
  )
  const close = () => {
    stop.current?.()
    setState({ kind: 'none' })
  }
  return { state, open, close }
}
