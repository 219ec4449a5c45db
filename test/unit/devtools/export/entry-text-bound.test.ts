import { describe, expect, it, vi } from 'vitest'
import { MAX_KEPT_ROWS } from '../../../../src/devtools/export/entry-text.ts'
import { harBlob } from '../../../../src/devtools/export/har-blob.ts'
import { redactHarEntry } from '../../../../src/shared/redact/index.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'

// "Export HAR" keeps each row's redacted text for the next export only up to the live capture's ring: a
// bigger HAR file's rows are written and let go, or the file's text would stay in memory twice while open.
vi.mock('../../../../src/shared/redact/index.ts', async (original) => {
  const real = await original<typeof import('../../../../src/shared/redact/index.ts')>()
  return { ...real, redactHarEntry: vi.fn(real.redactHarEntry) }
})
const redacted = vi.mocked(redactHarEntry)

/** How many rows the second of two exports of the same rows had to redact again. */
async function redoneOnSecondExport(count: number): Promise<number> {
  // One object per row, as a HAR file's rows are; no secret in them.
  const entries = Array.from({ length: count }, (_, i) =>
    emptyEntry(`https://gateway.stage.bill.com/connect/v3/vendors/00901VEND${i}`),
  )
  const exportAll = async () =>
    (await harBlob(entries, 'redacted', '1.0.0', undefined, { nextSlice: async () => {} })).size
  const first = await exportAll()
  redacted.mockClear()
  expect(await exportAll()).toBe(first)
  return redacted.mock.calls.length
}

describe('the export text kept per row is bounded', () => {
  it('a capture within the ring keeps its rows’ text: the next export writes none again', async () => {
    expect(await redoneOnSecondExport(3)).toBe(0)
  })

  it('a HAR file of more rows keeps none: the next export writes every row again', async () => {
    expect(await redoneOnSecondExport(MAX_KEPT_ROWS + 1)).toBe(MAX_KEPT_ROWS + 1)
  })
})
