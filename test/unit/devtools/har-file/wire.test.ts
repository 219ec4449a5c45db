import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type HarFileEvent, readHarBytes } from '../../../../src/devtools/har-file/read-har.ts'
import { fromWire, toWire } from '../../../../src/devtools/har-file/wire.ts'

const events = (name: string) => {
  const out: HarFileEvent[] = []
  readHarBytes(readFileSync(`test/fixtures/lint/${name}`), name, [], (e) => out.push(e))
  return out
}

describe('the worker’s events on the wire', () => {
  it('reach the page as a structured clone of the rows would', () => {
    for (const name of ['chrome.har', 'firefox.har', 'sandbox-demo.har']) {
      const sent = events(name)
      expect(sent.some((e) => e.type === 'rows' && e.rows.some((r) => r.findings.length > 0))).toBe(true)
      for (const event of sent)
        expect(fromWire(structuredClone(toWire(event)))).toEqual(structuredClone(event))
    }
  })
  it('carry a chunk’s rows as one text, and other events as they are', () => {
    const [rows, ...rest] = events('chrome.har')
    expect(typeof (toWire(rows as HarFileEvent) as { json?: unknown }).json).toBe('string')
    for (const event of rest) expect(toWire(event)).toBe(event)
    const error: HarFileEvent = { type: 'error', message: 'x.har is empty.' }
    expect(fromWire(toWire(error))).toBe(error)
  })
})
