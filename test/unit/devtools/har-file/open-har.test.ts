import { describe, expect, it } from 'vitest'
import { arrivedRow, openHarFile } from '../../../../src/devtools/har-file/open-har.ts'
import { CHUNK, type HarFileEvent, readHarBytes } from '../../../../src/devtools/har-file/read-har.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'

// Where no worker starts (Node has no global Worker), the page reads the file itself, one chunk per task,
// with the same events as the worker's reader.

const entries = Array.from({ length: 2 * CHUNK + 5 }, (_, i) => ({
  ...emptyEntry(`https://gateway.stage.bill.com/connect/v3/orgs/${i}`),
  startedDateTime: new Date(Date.parse('2026-05-01T10:00:00Z') + ((i * 7) % 11) * 1000).toISOString(),
}))
const text = JSON.stringify({ log: { entries } })
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('reading a HAR file on the page, without a worker', () => {
  it('sends the worker’s events, one chunk per task', async () => {
    // The worker's rows, made whole as the page makes them on arrival.
    const expected: HarFileEvent[] = []
    readHarBytes(new TextEncoder().encode(text), 'x.har', [], (e) =>
      expected.push(e.type === 'rows' ? { ...e, rows: e.rows.map(arrivedRow) } : e),
    )
    const events: HarFileEvent[] = []
    const done = new Promise<void>((resolve) => {
      openHarFile(new File([text], 'x.har'), [], (e) => {
        events.push(e)
        if (e.type !== 'rows') resolve()
      })
    })
    await done
    expect(events.map((e) => e.type)).toEqual(['rows', 'rows', 'rows', 'done'])
    expect(JSON.stringify(events)).toBe(JSON.stringify(expected))
  })

  it('stops between chunks when asked', async () => {
    const events: HarFileEvent[] = []
    let stop = () => {}
    const first = new Promise<void>((resolve) => {
      stop = openHarFile(new File([text], 'x.har'), [], (e) => {
        events.push(e)
        resolve()
      })
    })
    await first
    stop()
    // Each chunk is one task: several turns without an event show the reading stopped.
    for (let i = 0; i < 5; i++) await nextTurn()
    expect(events.map((e) => e.type)).toEqual(['rows'])
  })

  it('names the problem of a broken file', async () => {
    const event = await new Promise<HarFileEvent>((resolve) =>
      openHarFile(new File([''], 'e.har'), [], resolve),
    )
    expect(event).toEqual({ type: 'error', message: 'e.har is empty.' })
  })
})
