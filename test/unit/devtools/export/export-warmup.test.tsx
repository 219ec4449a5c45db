// @vitest-environment happy-dom

import { cleanup, render } from '@testing-library/preact'
import type { Entry } from 'har-format'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useExportWarmup } from '../../../../src/devtools/export/export-warmup.ts'
import { KnownSecrets } from '../../../../src/shared/redact/index.ts'
import { billTraffic } from '../../../fixtures/panel/traffic.ts'

// The panel writes rows ahead only once they have been quiet for a second, stops when they change, and
// leaves more rows than the live capture's ring alone.

const rowsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ captured: { har: billTraffic()[i % 10] as Entry } }))

function Warm({ rows, known }: { rows: ReturnType<typeof rowsOf>; known: KnownSecrets }) {
  useExportWarmup(rows, known)
  return null
}

/** A set whose preparation (the first step of writing ahead) is counted. */
function counted() {
  const known = new KnownSecrets(['sess-warmup-000001'])
  const prepare = vi.spyOn(known, 'prepare')
  return { known, prepare }
}

describe('useExportWarmup', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('starts once the rows have been quiet for a second, and again after they change', () => {
    const { known, prepare } = counted()
    const rows = rowsOf(3)
    const { rerender } = render(<Warm rows={rows} known={known} />)
    vi.advanceTimersByTime(999)
    expect(prepare).not.toHaveBeenCalled()
    // New rows before the second is up: the wait starts over.
    rerender(<Warm rows={rowsOf(4)} known={known} />)
    vi.advanceTimersByTime(999)
    expect(prepare).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(prepare).toHaveBeenCalledTimes(1)
  })

  it('reads each row’s entry in its turn, not all of them before the first slice', async () => {
    // A HAR file's row parses its entry when first read (FileCapture): reading them all at once is one long task.
    let reads = 0
    const rows = rowsOf(50).map(({ captured }) => ({
      captured: {
        get har() {
          reads++
          return captured.har
        },
      },
    }))
    const known = new KnownSecrets(['sess-warmup-000001'])
    let ready = () => {}
    const prepared = new Promise<void>((resolve) => {
      ready = resolve
    })
    vi.spyOn(known, 'prepare').mockImplementation(() => {
      ready()
      return new Promise<void>(() => {})
    })
    render(<Warm rows={rows} known={known} />)
    vi.advanceTimersByTime(1000)
    await prepared
    expect(reads).toBe(0)
  })

  it('never starts once the panel is gone, nor for more rows than the live capture keeps', () => {
    const gone = counted()
    const { unmount } = render(<Warm rows={rowsOf(3)} known={gone.known} />)
    unmount()
    const big = counted()
    render(<Warm rows={rowsOf(10_001)} known={big.known} />)
    vi.advanceTimersByTime(5000)
    expect(gone.prepare).not.toHaveBeenCalled()
    expect(big.prepare).not.toHaveBeenCalled()
  })
})
