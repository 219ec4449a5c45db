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
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { arrivedRow } from '../../../../src/devtools/har-file/open-har.ts'
import { type HarFileEvent, readHarBytes } from '../../../../src/devtools/har-file/read-har.ts'
import { createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { createSequenceMerger, createSequenceReader } from '../../../../src/devtools/panel/sequence-rows.ts'
import { harEntryToRequest } from '../../../../src/shared/har/normalize.ts'
import type { NormalizedRequest } from '../../../../src/shared/har/request.ts'
import {
  EVERY_TAB_SEQUENCE_RULES,
  type Finding,
  SEQUENCE_RULES,
  SequenceStream,
} from '../../../../src/shared/rules/index.ts'
import { type Call, entry, untrusted, v3Call, v3Error, v3Login } from './sequence-fixtures.ts'

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
const SEQUENCE_IDS = new Set(SEQUENCE_RULES.map((r) => r.id))
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
    const other = rows.filter((r) => !r.target).map((r) => new URL(r.captured.har.request.url).pathname)
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

// Issue 23: the sequence rules find the same patterns, on the same calls, in every path that sees the calls.
describe('the sequence rules on one recorded flow', () => {
  const ms = (at: number, call: Call, duration: number): Call => ({ ...call, at, ms: duration })
  const flow: Call[] = [
    // A sign-in after BDC_1361 (untrusted-session-relogin, on the second sign-in).
    v3Login(0, 'S1'),
    untrusted(1_000, 'S1'),
    v3Login(2_000, 'S2'),
    // A call with a session BILL called invalid (expired-session-reused, on the second call).
    v3Call(3_000, '/vendors', 'S2', { status: 401, answer: v3Error('BDC_1109', 'Session is invalid.') }),
    v3Call(4_000, '/vendors', 'S2'),
    // Four calls at once (concurrent-requests-over-limit, on the fourth).
    ...[0, 1, 2, 3].map((i) => ms(5_000 + i * 10, v3Call(0, '/bills', 'S3'), 2_000)),
    // Six texts within a minute (mfa-text-rate, on the sixth).
    ...[0, 1, 2, 3, 4, 5].map((i) => v3Call(10_000 + i * 5_000, '/mfa/challenge', 'S3')),
    // Eleven sign-ins within ten minutes for another user (login-per-call, on the eleventh).
    ...Array.from({ length: 11 }, (_, i) => v3Login(60_000 + i * 30_000, `L${i}`, {}, 'batch@example.com')),
  ]
  const entries = flow.map(entry)
  const byEntry = (pairs: readonly [number, Key[]][]) => {
    const out: Key[][] = entries.map(() => [])
    for (const [i, found] of pairs) out[i]?.push(...found)
    return out
  }
  const sequenceOnly = (fs: readonly Finding[]) => keys(fs.filter((f) => SEQUENCE_IDS.has(f.ruleId)))
  const cli = byEntry(
    lintHar({ log: { entries } } as never, 'flow.har', { hosts: [], now: NOW }).findings.map((f) => [
      f.report.location.entry ?? -1,
      sequenceOnly([f.report as unknown as Finding]),
    ]),
  )

  it('is one finding per rule in bill-mfa-lint, on the call that shows the pattern', () => {
    const found = cli.flatMap((ks, i) => ks.map(([id]) => [i, id]))
    expect(found).toEqual([
      [2, 'untrusted-session-relogin'],
      [4, 'expired-session-reused'],
      [8, 'concurrent-requests-over-limit'],
      [14, 'mfa-text-rate'],
      [25, 'login-per-call'],
    ])
  })

  it('is the same in the panel’s live capture and in the HAR inspector', () => {
    const analyze = createAnalyzer([])
    const live = entries
      .map((e, i) => captureEntry(e, { text: e.response.content.text ?? '' }, i))
      .map((c) => analyze(c as CapturedRequest))
    const panel = createSequenceReader([])(live)
    expect(byEntry(panel.map((r, i) => [i, sequenceOnly(r.findings)]))).toEqual(cli)
    const events: HarFileEvent[] = []
    readHarBytes(Buffer.from(JSON.stringify({ log: { entries } })), 'flow.har', [], (e) => events.push(e))
    // The reader reads the sequence off the page and sends its findings with its last event.
    const done = events.at(-1)
    if (done?.type !== 'done') throw new Error(`no done event: ${done?.type}`)
    const rows = createSequenceMerger()(
      events.flatMap((e) => (e.type === 'rows' ? e.rows.map(arrivedRow) : [])),
      done.sequence,
    )
    expect(byEntry(rows.map((r) => [Number(r.captured.key.slice(5)), sequenceOnly(r.findings)]))).toEqual(cli)
  })

  it('is the same in the lint proxy, live', () => {
    const recorder = createRecorder({
      hosts: [],
      keepHar: false,
      print: () => undefined,
      colors: pc.createColors(false),
    })
    const found: [number, Key[]][] = entries.map((e, i) => {
      const before = recorder.findings().length
      recorder.record({
        startedAt: Date.parse(e.startedDateTime),
        ms: e.time,
        method: e.request.method,
        url: e.request.url,
        requestHeaders: e.request.headers,
        ...(e.request.postData ? { requestBody: Buffer.from(e.request.postData.text ?? '') } : {}),
        status: e.response.status,
        statusText: '',
        responseHeaders: [],
        responseBody: Buffer.from(e.response.content.text ?? ''),
      })
      return [i, sequenceOnly(recorder.findings().slice(before))]
    })
    expect(byEntry(found)).toEqual(cli)
  })

  it('is the same in every tab for the rules its data allows (bodies and start times, no headers or answers)', () => {
    const sequence = new SequenceStream({ rules: EVERY_TAB_SEQUENCE_RULES })
    const tabs = entries.map((e, i): [number, Key[]] => {
      const { headers: _, response: __, ...seen } = harEntryToRequest(e) as NormalizedRequest
      const now = new Date(e.startedDateTime)
      const flagged = flagRequest({ ...seen, headers: [] }, { hosts: [], now, idPrefix: 'x', sequence })
      return [i, sequenceOnly(flagged as unknown as Finding[])]
    })
    const allowed = new Set(EVERY_TAB_SEQUENCE_RULES.map((r) => r.id))
    expect(byEntry(tabs)).toEqual(cli.map((ks) => ks.filter(([id]) => allowed.has(id))))
    expect(tabs.flatMap(([, ks]) => ks.map(([id]) => id))).toEqual(['mfa-text-rate', 'login-per-call'])
  })
})
