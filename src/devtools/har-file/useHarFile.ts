import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { SequenceFinding } from '../../shared/rules/index.ts'
import type { AnalyzedRequest } from '../panel/analyze.ts'
import { oncePerFrame } from '../panel/once-per-frame.ts'
import { openHarFile } from './open-har.ts'

/**
 * The HAR file open in the panel, kept apart from the live capture. `rows` is one array that grows in place
 * while loading (views fold in only the rows past the length they saw) and is kept as it is once loaded:
 * the reader sends rows in start-time order, so the page never sorts (or refilters) them.
 */
export type HarFileState =
  | { kind: 'none' }
  | { kind: 'loading'; name: string; rows: AnalyzedRequest[]; read: number; total: number }
  | {
      kind: 'loaded'
      name: string
      rows: AnalyzedRequest[]
      total: number
      skipped: number
      /** The sequence rules' findings over the file, by row index (read by the reader). */
      sequence: SequenceFinding[]
    }
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
      const rows: AnalyzedRequest[] = []
      let progress = { read: 0, total: 0 }
      // Chunks arrive faster than frames: the page renders at most once per frame while reading.
      const render = oncePerFrame(() => setState({ kind: 'loading', name, rows, ...progress }))
      setState({ kind: 'loading', name, rows, ...progress })
      const stopReading = openHarFile(file, hosts, (event) => {
        if (event.type === 'rows') {
          for (const row of event.rows) rows.push(row)
          progress = { read: event.read, total: event.total }
          render.request()
          return
        }
        render.cancel()
        if (event.type === 'error') setState({ kind: 'error', name, message: event.message })
        else
          setState({
            kind: 'loaded',
            name,
            rows,
            total: event.total,
            skipped: event.skipped,
            sequence: event.sequence,
          })
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
