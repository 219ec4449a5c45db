// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CaptureStore } from '../../../../src/devtools/capture/capture-store.ts'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import type { HarFileEvent } from '../../../../src/devtools/har-file/read-har.ts'
import { type AnalyzedRequest, createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { grownView } from '../../../../src/devtools/panel/grown-view.ts'
import { PanelApp } from '../../../../src/devtools/panel/PanelApp.tsx'
import { ClientContext } from '../../../../src/ui/client.ts'
import { manyRequests } from '../../../fixtures/panel/traffic.ts'
import { fakeClient } from '../../ui/fake-client.ts'

// The HAR inspector's page takes a file's rows in chunks of 100 from the reader's worker. Each chunk must
// cost the page O(chunk): before, every chunk copied, re-sorted, re-filtered and re-scanned all rows, so
// 100,000 entries stalled the page for 22 s. The reader is replaced here by a stand-in that emits chunks.

let emit: (event: HarFileEvent) => void = () => {}
vi.mock('../../../../src/devtools/har-file/open-har.ts', () => ({
  openHarFile: (_file: File, _hosts: readonly string[], onEvent: (e: HarFileEvent) => void) => {
    emit = onEvent
    return () => {}
  },
}))

afterEach(cleanup)

const analyzed = (() => {
  const analyze = createAnalyzer([])
  return manyRequests(100).map((e, i) =>
    analyze(captureEntry(e, { text: e.response.content.text ?? '' }, i)!),
  )
})()

/** `count` rows in start-time order whose `captured` counts its reads. */
function countedRows(count: number) {
  const reads = new Uint32Array(count)
  const rows = Array.from({ length: count }, (_, i): AnalyzedRequest => {
    const base = analyzed[i % analyzed.length]!
    const captured = {
      ...base.captured,
      key: `file:${i}`,
      startedAt: base.captured.startedAt + i * 1000,
      seq: i,
    }
    return Object.defineProperty({ ...base }, 'captured', {
      get: () => {
        reads[i]!++
        return captured
      },
    })
  })
  return { rows, reads }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('opening a HAR file on the page', () => {
  it('reads each row a bounded number of times however many chunks arrive', async () => {
    const { client } = fakeClient({})
    const capture = { store: new CaptureStore(), setPreserveLog() {} }
    render(
      <ClientContext.Provider value={client}>
        <PanelApp capture={capture} devtools={undefined} version="test" />
      </ClientContext.Provider>,
    )
    const input = screen.getByTestId('har-open')
    fireEvent.change(input, { target: { files: [new File(['{}'], 'big.har')] } })

    const CHUNKS = 150
    const { rows, reads } = countedRows(CHUNKS * 100)
    for (let c = 0; c < CHUNKS; c++) {
      const chunk = rows.slice(c * 100, (c + 1) * 100)
      emit({ type: 'rows', rows: chunk, read: (c + 1) * 100, total: rows.length })
      await nextTask() // a worker's messages are separate tasks: the page renders between them
    }
    emit({ type: 'done', total: rows.length, skipped: 0, sequence: [] })
    const billRows = rows.filter((r) => r.target !== undefined).length
    await waitFor(() => expect(screen.getByTestId('har-status').dataset.state).toBe('loaded'))
    await waitFor(() => expect(screen.getByTestId('capture-size').dataset.shown).toBe(String(billRows)))

    // Rows outside the first screenful are never rendered: their reads are the views' own work.
    let worst = 0
    for (let i = 200; i < reads.length; i++) worst = Math.max(worst, reads[i]!)
    expect(worst).toBeLessThanOrEqual(6)
  })
})

describe('grownView', () => {
  const sumFrom = grownView<number, number, { sum: number; folds: number }>(
    (key) => ({ sum: key, folds: 0 }),
    (s, items, from) => {
      let sum = s.sum
      for (let i = from; i < items.length; i++) sum += items[i]!
      return { sum, folds: s.folds + items.length - from }
    },
  )

  it('equals the value computed afresh, folding each item once while the list only grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer(), { maxLength: 10 }), { maxLength: 10 }),
        fc.integer(),
        (steps, key) => {
          const items: number[] = []
          for (const step of steps) {
            items.push(...step)
            const view = sumFrom(items, key)
            expect(view.sum).toBe(items.reduce((a, b) => a + b, key))
            expect(view.folds).toBe(items.length)
          }
        },
      ),
    )
  })

  it('starts over for a new list, a new key or a shorter list', () => {
    const items = [1, 2, 3]
    expect(sumFrom(items, 0)).toEqual({ sum: 6, folds: 3 })
    expect(sumFrom([...items], 0)).toEqual({ sum: 6, folds: 3 })
    expect(sumFrom(items, 10)).toEqual({ sum: 16, folds: 3 })
    items.pop()
    expect(sumFrom(items, 10)).toEqual({ sum: 13, folds: 2 })
  })
})
