import { describe, expect, it } from 'vitest'
import { CaptureStore } from '../../../../src/devtools/capture/capture-store.ts'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { normalizeContent, readContent } from '../../../../src/devtools/capture/content.ts'
import type { DevtoolsHarEntry, DevtoolsNetwork } from '../../../../src/devtools/capture/devtools-api.ts'
import { listenToNetwork } from '../../../../src/devtools/capture/listen.ts'
import { RingBuffer } from '../../../../src/devtools/capture/ring-buffer.ts'
import { responseText } from '../../../../src/shared/har/response-text.ts'
import { parseBody } from '../../../../src/shared/rules/index.ts'
import { billTraffic, V2 } from '../../../fixtures/panel/traffic.ts'

const data = '{"useBackup":true,"note":"a+b & c"}'
const formText = `devKey=k&sessionId=s&data=${encodeURIComponent(data)}`

/** The same v2 form post as each browser's HAR writes it. */
const v2Post = (browser: 'chrome' | 'firefox') => ({
  startedDateTime: '2026-05-04T09:00:00.000Z',
  time: 12,
  request: {
    method: 'POST',
    url: `${V2}/MFAChallenge.json`,
    headers: [],
    postData: {
      mimeType: 'application/x-www-form-urlencoded',
      // Firefox: params decoded and sometimes no text; Chrome: text plus percent-encoded params.
      text: browser === 'chrome' ? formText : '',
      params: [
        { name: 'devKey', value: 'k' },
        { name: 'sessionId', value: 's' },
        { name: 'data', value: browser === 'chrome' ? encodeURIComponent(data) : data },
      ],
    },
  },
  response: { status: 200, content: { mimeType: 'application/json' } },
})

describe('captureEntry', () => {
  it('reads a v2 form post the same from Chrome and Firefox HAR', () => {
    const chrome = captureEntry(v2Post('chrome'), undefined, 0)!
    const firefox = captureEntry(v2Post('firefox'), undefined, 1)!
    const decoded = (c: typeof chrome) => {
      const body = parseBody(c.request)
      return body.kind === 'form' ? body.dataJson : undefined
    }
    expect(decoded(chrome)).toEqual({ useBackup: true, note: 'a+b & c' })
    expect(decoded(firefox)).toEqual(decoded(chrome))
    expect(chrome.key).toBe(firefox.key)
  })

  it('keeps the timing, status and a plain copy of the entry (no browser methods)', () => {
    const raw = { ...v2Post('chrome'), getContent: () => undefined, _initiator: { type: 'script' } }
    const c = captureEntry(raw, { text: '{"ok":1}' }, 7)!
    expect(c).toMatchObject({
      seq: 7,
      status: 200,
      durationMs: 12,
      startedAt: Date.parse('2026-05-04T09:00:00Z'),
    })
    expect(() => structuredClone(c)).not.toThrow()
    expect(c.har.response.content.text).toBe('{"ok":1}')
    expect(c.request.response?.body?.text).toBe('{"ok":1}')
  })

  it('treats a missing response (Chrome status 0) and a Firefox GET with empty postData', () => {
    const c = captureEntry(
      {
        startedDateTime: '2026-05-04T09:00:00.000Z',
        request: { method: 'get', url: `${V2}/x`, postData: { mimeType: '', params: [], text: '' } },
        response: { status: 0 },
      },
      undefined,
      0,
    )!
    expect(c.status).toBe(0)
    expect(c.request.method).toBe('GET')
    expect(parseBody(c.request).kind).toBe('empty')
  })

  it('skips entries without a URL', () => {
    expect(captureEntry({ request: {} }, undefined, 0)).toBeUndefined()
    expect(captureEntry(null, undefined, 0)).toBeUndefined()
  })
})

describe('getContent shapes', () => {
  const b64 = btoa('{"challengeId":"c1"}')

  it('normalizes Chrome (content, encoding), Firefox [body, mimeType] and promise forms', () => {
    expect(normalizeContent(['{"a":1}', ''])).toEqual({ text: '{"a":1}' })
    expect(normalizeContent([b64, 'base64'])).toEqual({ text: b64, encoding: 'base64' })
    expect(normalizeContent([['{"a":1}', 'application/json']])).toEqual({ text: '{"a":1}' })
    expect(normalizeContent([{ content: b64, encoding: 'base64' }])).toEqual({
      text: b64,
      encoding: 'base64',
    })
    expect(normalizeContent([null, ''])).toBeUndefined()
    expect(normalizeContent([])).toBeUndefined()
  })

  it('reads through a callback (Chrome) and through a promise (Firefox)', async () => {
    const chrome: DevtoolsHarEntry = { getContent: (cb) => cb?.(b64, 'base64') }
    const firefox: DevtoolsHarEntry = { getContent: () => Promise.resolve(['{"x":1}', 'application/json']) }
    const chromeBody = await readContent(chrome)
    expect(responseText({ status: 200, ...(chromeBody ? { body: chromeBody } : {}) })).toBe(
      '{"challengeId":"c1"}',
    )
    expect(await readContent(firefox)).toEqual({ text: '{"x":1}' })
  })

  it('prefers a body already in the HAR and survives a failing getContent', async () => {
    expect(
      await readContent({ response: { content: { text: 'inline' } }, getContent: () => 'unused' }),
    ).toEqual({
      text: 'inline',
    })
    expect(
      await readContent({
        getContent: () => {
          throw new Error('gone')
        },
      }),
    ).toBeUndefined()
  })
})

describe('RingBuffer', () => {
  it('keeps the newest items up to its capacity, oldest first', () => {
    const ring = new RingBuffer<number>(3)
    const evicted = [1, 2, 3, 4, 5].map((n) => ring.push(n))
    expect(evicted).toEqual([undefined, undefined, undefined, 1, 2])
    expect(ring.toArray()).toEqual([3, 4, 5])
    expect(ring.size).toBe(3)
    ring.clear()
    expect(ring.toArray()).toEqual([])
  })
  it('refuses a capacity below one', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError)
  })
})

const captured = (i: number) =>
  captureEntry(
    { ...billTraffic()[0], startedDateTime: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() },
    undefined,
    i,
  )!

describe('CaptureStore', () => {
  it('drops duplicates by key and the oldest entries past its capacity', () => {
    const store = new CaptureStore(3)
    let changes = 0
    store.subscribe(() => changes++)
    expect(store.addAll([captured(1), captured(2), captured(1)])).toBe(2)
    expect(store.add(captured(2))).toBe(false)
    store.addAll([captured(3), captured(4), captured(5)])
    expect(store.entries().map((e) => e.seq)).toEqual([3, 4, 5])
    expect(store.dropped).toBe(2)
    // An evicted request may come back (e.g. from getHAR) and is accepted again.
    expect(store.add(captured(1))).toBe(true)
    expect(changes).toBe(3)
  })
})

/** A stand-in for chrome.devtools.network that the test drives. */
function fakeNetwork(har: unknown[]) {
  const finished = new Set<(e: DevtoolsHarEntry) => void>()
  const navigated = new Set<(url: string) => void>()
  const network: DevtoolsNetwork = {
    onRequestFinished: { addListener: (f) => finished.add(f), removeListener: (f) => finished.delete(f) },
    onNavigated: { addListener: (f) => navigated.add(f), removeListener: (f) => navigated.delete(f) },
    getHAR: (callback) => callback?.({ entries: har as DevtoolsHarEntry[] }),
  }
  return {
    network,
    finish: (e: unknown) => {
      for (const f of finished) f(e as DevtoolsHarEntry)
    },
    navigate: () => {
      for (const f of navigated) f('https://app.example/')
    },
    listeners: () => finished.size + navigated.size,
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('listenToNetwork', () => {
  it('captures live requests, backfills from getHAR without duplicates, and stops', async () => {
    const traffic = billTraffic()
    const fake = fakeNetwork(traffic.slice(0, 4))
    const store = new CaptureStore()
    const capture = listenToNetwork(fake.network, store, { preserveLog: () => false })
    fake.finish(traffic[2])
    fake.finish(traffic[5])
    await settle()
    expect(store.size).toBe(2)
    expect(await capture.backfill()).toBe(3)
    expect(store.size).toBe(5)
    capture.stop()
    expect(fake.listeners()).toBe(0)
  })

  it('clears on navigation unless the log is preserved', async () => {
    let preserve = true
    const fake = fakeNetwork([])
    const store = new CaptureStore()
    listenToNetwork(fake.network, store, { preserveLog: () => preserve })
    fake.finish(billTraffic()[1])
    await settle()
    fake.navigate()
    expect(store.size).toBe(1)
    preserve = false
    fake.navigate()
    expect(store.size).toBe(0)
  })

  it('reads response bodies only of requests that may be BILL’s', async () => {
    let reads = 0
    const withContent = (e: unknown) => ({
      ...(e as object),
      response: { status: 200 },
      getContent: (cb?: (...a: unknown[]) => void) => {
        reads++
        cb?.('{}', '')
      },
    })
    const fake = fakeNetwork([])
    const store = new CaptureStore()
    listenToNetwork(fake.network, store, { preserveLog: () => false })
    const traffic = billTraffic()
    fake.finish(withContent(traffic[1]))
    fake.finish(withContent(traffic[9]))
    await settle()
    expect(reads).toBe(1)
    expect(store.size).toBe(2)
  })
})
