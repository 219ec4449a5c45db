import { readFileSync } from 'node:fs'
import type { Entry } from 'har-format'
import { describe, expect, it, vi } from 'vitest'
import { mayBeBill } from '../../../../src/devtools/capture/bill-scope.ts'
import { CaptureStore } from '../../../../src/devtools/capture/capture-store.ts'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { RingBuffer } from '../../../../src/devtools/capture/ring-buffer.ts'
import { arrivedRow } from '../../../../src/devtools/har-file/open-har.ts'
import {
  CHUNK,
  fileBytes,
  type HarFileEvent,
  readHarBytes,
} from '../../../../src/devtools/har-file/read-har.ts'
import { createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { readHar } from '../../../../src/shared/har/read.ts'
import { jsonTree, MAX_JSON_DEPTH } from '../../../../src/shared/json/tree.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'

const fixture = (name: string) => readFileSync(`test/fixtures/lint/${name}`, 'utf8')

const utf8 = (text: string) => new TextEncoder().encode(text)

function read(text: string, name = 'x.har', hosts: readonly string[] = []) {
  const events: HarFileEvent[] = []
  readHarBytes(utf8(text), name, hosts, (e) => events.push(e))
  return events
}

describe('reading a HAR file', () => {
  it('reads Chrome and Firefox exports into analyzed rows, keyed by their place in the file', () => {
    const chrome = read(fixture('chrome.har'))
    const rows = chrome.flatMap((e) => (e.type === 'rows' ? e.rows : []))
    expect(chrome.at(-1)).toEqual({ type: 'done', total: 7, skipped: 0, sequence: [] })
    // In start-time order: entry 4 started a month before the others.
    expect(rows.map((r) => r.captured.key)).toEqual([4, 0, 1, 2, 3, 5, 6].map((i) => `file:${i}`))
    expect(rows.filter((r) => r.severity === 'error').map((r) => r.target?.endpoint?.id)).toEqual([
      'v2.mfa.challenge',
      'v3.mfa.challenge',
      'v2.login',
    ])
    const firefox = read(fixture('firefox.har')).flatMap((e) => (e.type === 'rows' ? e.rows : []))
    expect(firefox.map((r) => r.severity)).toEqual(['error', 'info', 'error', 'error', 'none'])
  })

  it('sends each header and body once; on the page the rows are the live capture’s', () => {
    const analyze = createAnalyzer([])
    for (const name of ['chrome.har', 'firefox.har']) {
      const text = fixture(name)
      const { entries } = (JSON.parse(text) as { log: { entries: Entry[] } }).log
      let texts = 0
      for (const sent of read(text).flatMap((e) => (e.type === 'rows' ? e.rows : []))) {
        const row = structuredClone(sent)
        const { har } = row.captured
        // Each text as often as the entry itself holds it, not once more for the rules' view of it.
        const wire = JSON.stringify(row)
        const inEntry = JSON.stringify(har)
        // Long enough not to be also a finding's or a target's words (a host, a mime type).
        const once = (t: string | undefined) => {
          if (!t || t.length < 30) return
          texts++
          const needle = JSON.stringify(t).slice(1, -1)
          expect(wire.split(needle).length, `${name}: ${t}`).toBe(inEntry.split(needle).length)
        }
        once(har.request.postData?.text)
        once(har.response.content.text)
        for (const h of har.request.headers) once(h.value)
        const entry = entries[row.captured.seq] as Entry
        const { url } = entry.request
        const { text: body, encoding } = entry.response.content
        const content = body !== undefined && mayBeBill(url) ? { text: body, encoding } : undefined
        const live = analyze(captureEntry(entry, content, 0)!)
        const onPage = arrivedRow(row)
        expect(onPage).toEqual({ ...live, captured: { ...live.captured, ...row.captured } })
        expect(onPage.captured.request).toEqual(live.captured.request)
      }
      expect(texts).toBeGreaterThan(5)
    }
  })

  it('lists only the BILL calls of a capture from the local sandbox, with or without its host as a profile host', () => {
    const text = fixture('sandbox-demo.har')
    for (const hosts of [[], ['127.0.0.1:38661']]) {
      const bill = read(text, 'demo.har', hosts)
        .flatMap((e) => (e.type === 'rows' ? e.rows : []))
        .filter((r) => r.target)
      // Not the demo page, its CSS and JS, nor the sandbox's /__sandbox/accounts.
      expect(
        bill.map((r) => `${r.target?.api} ${new URL(r.captured.har.request.url).pathname}`),
        String(hosts),
      ).toEqual([
        'v3 /connect/v3/login',
        'v2 /api/v2/Login.json',
        'v3 /connect/v3/mfa/setup',
        'v3 /connect/v3/mfa/challenge',
        'v2 /api/v2/MFAChallenge.json',
        'v3 /connect/v3/mfa/challenge',
      ])
    }
  })

  it('reads a file whose one body nests 10,000 deep: that body gets no tree, the other rows are read', () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    const post = (text: string) => ({
      startedDateTime: '2026-04-02T09:00:00.000Z',
      request: {
        method: 'POST',
        url: 'https://gateway.stage.bill.com/connect/v3/mfa/challenge',
        headers: [{ name: 'content-type', value: 'application/json' }],
        postData: { mimeType: 'application/json', text },
      },
      response: { status: 400, content: { mimeType: 'application/json', text } },
    })
    const events = read(JSON.stringify({ log: { entries: [post(deep), post('{"useBackup":true}')] } }))
    expect(events.at(-1)).toEqual({
      type: 'done',
      total: 2,
      skipped: 0,
      sequence: [],
      notes: ['Entry 1: a body nests deeper than 256 levels; it is shown as plain text.'],
    })
    const rows = events.flatMap((e) => (e.type === 'rows' ? e.rows : []))
    expect(rows.map((r) => r.severity)).toEqual(['none', 'error'])
    // Notes are bounded: 20, then a count.
    const many = read(JSON.stringify({ log: { entries: Array.from({ length: 25 }, () => post(deep)) } }))
    const done = many.at(-1)
    expect(done?.type === 'done' && done.notes).toHaveLength(21)
    expect(done?.type === 'done' && done.notes?.at(-1)).toBe('…and 5 more such entries.')
    expect(jsonTree(deep)).toBeUndefined()
    expect(jsonTree(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBeDefined()
    // Brackets inside strings do not count.
    expect(jsonTree(JSON.stringify({ a: '['.repeat(10_000) }))).toBeDefined()
  })

  it('names the problem of a broken file in one sentence', () => {
    expect(readHar(utf8(''), 'a.har')).toEqual({ error: 'a.har is empty.' })
    expect(readHar(utf8(fixture('broken/truncated.har')), 't.har')).toMatchObject({
      error: expect.stringMatching(/^t\.har is not valid JSON \(.+\), so it is no HAR file\.$/),
    })
    expect(readHar(utf8('{"log":{}}'), 'b.har')).toEqual({
      error: 'b.har is JSON but not a HAR file: it has no "log.entries" list.',
    })
    expect(readHar(utf8('{"log":{"entries":[]}}'), 'c.har')).toEqual({
      error: 'c.har holds no requests ("log.entries" is empty).',
    })
    expect(read('[1,2]', 'd.har')).toEqual([
      { type: 'error', message: 'd.har is JSON but not a HAR file: it has no "log.entries" list.' },
    ])
  })

  it('reports rows in chunks and skips entries without a usable request', () => {
    const entries = [
      ...Array.from({ length: 900 }, () => emptyEntry('https://gateway.stage.bill.com/connect/v3/orgs')),
      {},
    ]
    const events = read(JSON.stringify({ log: { entries } }))
    expect(events.map((e) => (e.type === 'rows' ? e.read : e.type))).toEqual([
      ...Array.from({ length: 9 }, (_, i) => (i + 1) * CHUNK),
      901,
      'done',
    ])
    expect(events.at(-1)).toEqual({ type: 'done', total: 901, skipped: 1, sequence: [] })
  })

  it('sends a shuffled file’s rows in start-time order (ties in file order), so the page never sorts them', () => {
    const count = 3 * CHUNK + 17
    const start = Date.parse('2026-05-01T10:00:00.000Z')
    const entries = Array.from({ length: count }, (_, i) => ({
      ...emptyEntry(`https://cdn.example.com/app.${i}.js`),
      // Shuffled, with ties every 50 places; the last entry has no start time (0, so first).
      ...(i === count - 1
        ? { startedDateTime: undefined }
        : { startedDateTime: new Date(start + ((i * 37) % 50) * 1000).toISOString() }),
    }))
    const events = read(JSON.stringify({ log: { entries } }))
    const rows = events.flatMap((e) => (e.type === 'rows' ? e.rows : []))
    const places = rows.map((r) => r.captured.seq)
    const sorted = [...places].sort((a, b) => {
      const at = (i: number) => rows.find((r) => r.captured.seq === i)!.captured.startedAt
      return at(a) - at(b) || a - b
    })
    expect(places).toEqual(sorted)
    expect(places[0]).toBe(count - 1)
    expect(new Set(places).size).toBe(count)
    expect(rows.map((r) => r.captured.key)).toEqual(places.map((i) => `file:${i}`))
    expect(events.map((e) => (e.type === 'rows' ? e.read : e.type))).toEqual([
      CHUNK,
      2 * CHUNK,
      3 * CHUNK,
      count,
      'done',
    ])
  })

  it('decompresses a gzip file', async () => {
    const text = fixture('firefox.har')
    const gz = await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob()
    expect(await fileBytes(gz)).toEqual(utf8(text))
    expect(await fileBytes(new Blob([text]))).toEqual(utf8(text))
  })
})

describe('CaptureStore', () => {
  it('adds without copying the ring; the array views read is built once per change', () => {
    const toArray = vi.spyOn(RingBuffer.prototype, 'toArray')
    const store = new CaptureStore(10_000)
    const analyze = createAnalyzer([])
    const one = captureEntry(emptyEntry('https://gateway.stage.bill.com/connect/v3/orgs'), undefined, 0)!
    for (let i = 0; i < 2_000; i++) store.add({ ...one, key: `k${i}`, seq: i })
    expect(toArray).not.toHaveBeenCalled()
    const first = store.entries()
    expect(store.entries()).toBe(first)
    expect(first.map(analyze)).toHaveLength(2_000)
    expect(toArray).toHaveBeenCalledTimes(1)
    toArray.mockRestore()
  })
})

describe('which requests may be BILL’s', () => {
  it('includes BILL calls sent through a CORS proxy, plain or URL-encoded', () => {
    const v3 = 'https://gateway.stage.bill.com/connect/v3/mfa/challenge'
    expect(mayBeBill(`https://docs.example/proxy/${v3}`)).toBe(true)
    expect(mayBeBill(`https://docs.example/cors?url=${encodeURIComponent(v3)}`)).toBe(true)
    expect(mayBeBill('https://docs.example/proxy/https://example.com/v1/things')).toBe(false)
  })
})
