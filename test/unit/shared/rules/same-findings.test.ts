import { readFileSync } from 'node:fs'
import type { Har } from 'har-format'
import pc from 'picocolors'
import { describe, expect, it } from 'vitest'
import { flagRequest } from '../../../../src/background/traffic/flag.ts'
import { observedToRequest } from '../../../../src/background/traffic/observed-request.ts'
import { lintHar, lintHarEntries } from '../../../../src/cli/lint-har.ts'
import { createRecorder } from '../../../../src/cli/proxy/recorder.ts'
import { readInput } from '../../../../src/cli/read-input.ts'
import type { CapturedRequest } from '../../../../src/devtools/capture/captured-request.ts'
import { type HarFileEvent, readHarBytes } from '../../../../src/devtools/har-file/read-har.ts'
import { createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { harEntryToRequest } from '../../../../src/shared/har/normalize.ts'

// Done-when of issue 13: the background, the HAR reading and the proxy flag the same request with the same
// rule id and message as the DevTools panel. Each path gets the request in its own input shape.
const V3 = 'https://gateway.stage.bill.com/connect/v3'
const V2 = 'https://api-stage.bill.com/api/v2'
const CASES = [
  { url: `${V3}/mfa/challenge`, mime: 'application/json', text: '{"useBackup":true}' },
  { url: `${V3}/mfa/setup`, mime: 'application/json', text: '{"phone":"+12025550143","primary":"false"}' },
  {
    url: `${V2}/MFAChallenge.json`,
    mime: 'application/x-www-form-urlencoded',
    text: 'sessionId=s&devKey=k&data=%7B%22useBackup%22%3Atrue%7D',
  },
  // The same call sent through an API-docs CORS proxy.
  {
    url: `https://docs.example.com/cors/${encodeURIComponent(`${V3}/mfa/challenge`)}`,
    mime: 'application/json',
    text: '{"useBackup":true}',
  },
]
const NOW = new Date()
type Key = [string, string]
const keys = (fs: readonly { ruleId: string; message: string; severity: string }[]): Key[] =>
  fs.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.message])

describe.each(CASES)('$url', ({ url, mime, text }) => {
  const request = {
    method: 'POST',
    url,
    headers: [{ name: 'content-type', value: mime }],
    body: { mimeType: mime, text },
  }
  const panel = keys(createAnalyzer([])({ request, status: 0 } as unknown as CapturedRequest).findings)

  it('is flagged by the panel', () => {
    expect(panel.length).toBeGreaterThan(0)
  })

  it('is flagged alike in every tab (webRequest body)', () => {
    const form = mime.startsWith('application/x-www-form-urlencoded')
    const observed = observedToRequest({
      method: 'POST',
      url,
      timeStamp: NOW.getTime(),
      requestBody: form
        ? { formData: Object.fromEntries([...new URLSearchParams(text)].map(([k, v]) => [k, [v]])) }
        : { raw: [{ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }] },
    })
    expect(keys(flagRequest(observed, { hosts: [], now: NOW, idPrefix: 'x' }))).toEqual(panel)
  })

  it('is flagged alike in a HAR file', () => {
    const har = {
      log: {
        entries: [{ request: { method: 'POST', url, headers: [], postData: { mimeType: mime, text } } }],
      },
    }
    const found = lintHar(har as never, 'a.har', { hosts: [], now: NOW }).findings.map((f) => f.report)
    expect(keys(found)).toEqual(panel)
  })

  it('is flagged alike by the proxy', () => {
    const recorder = createRecorder({
      hosts: [],
      keepHar: false,
      print: () => undefined,
      colors: pc.createColors(false),
    })
    recorder.record({
      startedAt: NOW.getTime(),
      ms: 1,
      method: 'POST',
      url,
      requestHeaders: [{ name: 'content-type', value: mime }],
      requestBody: Buffer.from(text),
      status: 200,
      statusText: 'OK',
      responseHeaders: [],
    })
    expect(keys(recorder.findings())).toEqual(panel)
  })
})

// Issue 19: a HAR recorded by Chromium from the local sandbox's demo page (BILL's paths on a local host,
// among the page, its CSS and JS and the sandbox's own API), read by each path without any extra host.
describe('a HAR recorded from the local sandbox’s demo page', () => {
  const file = 'test/fixtures/lint/sandbox-demo.har'
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as Har).log.entries
  const byEntry = (pairs: [number, Key[]][]) => {
    const out: Key[][] = entries.map(() => [])
    for (const [i, found] of pairs) out[i]?.push(...found)
    return out
  }
  const events: HarFileEvent[] = []
  readHarBytes(readFileSync(file), 'demo.har', [], (e) => events.push(e))
  const rows = events.flatMap((e) => (e.type === 'rows' ? e.rows : []))
  const panel = byEntry(rows.map((r) => [Number(r.captured.key.slice(5)), keys(r.findings)]))

  it('is six errors in the HAR inspector, on the BILL calls only', () => {
    expect(rows.flatMap((r) => r.findings).filter((f) => f.severity === 'error')).toHaveLength(6)
    const other = rows.filter((r) => !r.target).map((r) => new URL(r.captured.request.url).pathname)
    expect(other).toEqual([
      '/__sandbox/demo',
      '/__sandbox/demo.css',
      '/__sandbox/demo.js',
      '/__sandbox/accounts',
    ])
  })

  it('is flagged alike by bill-mfa-lint', () => {
    const input = readInput(file, true)
    if (input.kind !== 'har') throw new Error(`read as ${input.kind}`)
    const found = lintHarEntries(input.entries, file, { hosts: [], now: NOW }).findings.map((f) => f.report)
    expect(byEntry(found.map((f) => [f.location.entry ?? -1, keys([f])]))).toEqual(panel)
  })

  it('is flagged alike in every tab and by the proxy', () => {
    const tabs = byEntry(
      entries.map((e, i) => [
        i,
        keys(flagRequest(harEntryToRequest(e)!, { hosts: [], now: NOW, idPrefix: 'x' })),
      ]),
    )
    expect(tabs).toEqual(panel)
    const proxied = entries.map((e, i): [number, Key[]] => {
      const recorder = createRecorder({
        hosts: [],
        keepHar: false,
        print: () => undefined,
        colors: pc.createColors(false),
      })
      const body = (text: string | undefined) => (text === undefined ? undefined : Buffer.from(text))
      recorder.record({
        startedAt: Date.parse(e.startedDateTime),
        ms: 1,
        method: e.request.method,
        url: e.request.url,
        requestHeaders: e.request.headers,
        ...(e.request.postData?.text ? { requestBody: body(e.request.postData.text) } : {}),
        status: e.response.status,
        statusText: e.response.statusText,
        responseHeaders: e.response.headers.filter((h) => h.name.toLowerCase() !== 'content-encoding'),
        ...(e.response.content.text ? { responseBody: body(e.response.content.text) } : {}),
      })
      return [i, keys(recorder.findings())]
    })
    expect(byEntry(proxied)).toEqual(panel)
  })
})
