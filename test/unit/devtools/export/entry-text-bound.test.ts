import type { Entry } from 'har-format'
import { describe, expect, it, vi } from 'vitest'
import { MAX_KEPT_ROWS } from '../../../../src/devtools/export/entry-text.ts'
import { harBlob } from '../../../../src/devtools/export/har-blob.ts'
import { redactHarEntry } from '../../../../src/shared/redact/index.ts'

// "Export HAR" keeps each row's redacted text for the next export only up to the live capture's ring: a
// bigger HAR file's rows are written and let go, or the file's text would stay in memory twice while open.
vi.mock('../../../../src/shared/redact/index.ts', async (original) => {
  const real = await original<typeof import('../../../../src/shared/redact/index.ts')>()
  return { ...real, redactHarEntry: vi.fn(real.redactHarEntry) }
})
const redacted = vi.mocked(redactHarEntry)

/** A small BILL row (no secret in it), one object per row as a HAR file's rows are. */
const row = (i: number): Entry => ({
  startedDateTime: '2026-04-10T00:00:00.000Z',
  time: 1,
  request: {
    method: 'GET',
    url: `https://gateway.stage.bill.com/connect/v3/vendors/00901VEND${i}`,
    httpVersion: 'HTTP/1.1',
    headers: [],
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: 0,
  },
  response: {
    status: 200,
    statusText: 'OK',
    httpVersion: 'HTTP/1.1',
    headers: [],
    cookies: [],
    content: { size: 2, mimeType: 'application/json', text: '{}' },
    redirectURL: '',
    headersSize: -1,
    bodySize: 2,
  },
  cache: {},
  timings: { send: 0, wait: 1, receive: 0 },
})

/** How many rows the second of two exports of the same rows had to redact again. */
async function redoneOnSecondExport(count: number): Promise<number> {
  const entries = Array.from({ length: count }, (_, i) => row(i))
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
