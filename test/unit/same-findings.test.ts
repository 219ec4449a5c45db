import pc from 'picocolors'
import { describe, expect, it } from 'vitest'
import { flagRequest } from '../../src/background/traffic/flag.ts'
import { observedToRequest } from '../../src/background/traffic/observed-request.ts'
import { lintHar } from '../../src/cli/lint-har.ts'
import { createRecorder } from '../../src/cli/proxy/recorder.ts'
import type { CapturedRequest } from '../../src/devtools/capture/captured-request.ts'
import { createAnalyzer } from '../../src/devtools/panel/analyze.ts'

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
