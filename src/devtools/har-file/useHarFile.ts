import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { AnalyzedRequest } from '../panel/analyze.ts'
import { openHarFile } from './open-har.ts'

/** The HAR file open in the panel, kept apart from the live capture. */
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
      let rows: AnalyzedRequest[] = []
      setState({ kind: 'loading', name: file.name, rows, read: 0, total: 0 })
      stop.current = openHarFile(file, hosts, (event) => {
        if (event.type === 'error') setState({ kind: 'error', name: file.name, message: event.message })
        else if (event.type === 'rows') {
          // A new array per chunk: views memoize on its identity.
          rows = rows.concat(event.rows)
          setState({ kind: 'loading', name: file.name, rows, read: event.read, total: event.total })
        } else setState({ kind: 'loaded', name: file.name, rows, total: event.total, skipped: event.skipped })
      })
    },
    [hosts],
  )
  const close = () => {
    stop.current?.()
    setState({ kind: 'none' })
  }
  return { state, open, close }
}
