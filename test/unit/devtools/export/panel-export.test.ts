import { describe, expect, it } from 'vitest'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { curlCommand } from '../../../../src/devtools/export/curl.ts'
import { harDocument } from '../../../../src/devtools/export/har.ts'
import { harBlob } from '../../../../src/devtools/export/har-blob.ts'
import { findingsReport } from '../../../../src/devtools/export/report.ts'
import { createAnalyzer } from '../../../../src/devtools/panel/analyze.ts'
import { REDACTED } from '../../../../src/shared/redact/index.ts'
import { reportToMarkdown } from '../../../../src/shared/rules/index.ts'
import { billTraffic, SECRETS } from '../../../fixtures/panel/traffic.ts'

const analyzed = () => {
  const analyze = createAnalyzer([])
  return billTraffic().map((e, i) => analyze(captureEntry(e, { text: e.response.content.text ?? '' }, i)!))
}
const secretsIn = (text: string) =>
  Object.values(SECRETS).filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)))

describe('findingsReport', () => {
  const reportRows = analyzed().map((r) => ({
    method: r.captured.request.method,
    url: r.captured.request.url,
    ...(r.target ? { api: r.target.api } : {}),
    findings: r.findings,
  }))

  it('uses the CLI schema with HAR entry indexes, and redacts URLs by default', () => {
    const report = findingsReport(reportRows, 'redacted')
    expect(report.version).toBe(1)
    expect(report.summary).toEqual({ files: 1, requests: 10, errors: 7, warnings: 3, infos: 1 })
    const session = report.findings.find((f) => f.ruleId === 'credentials-in-query')!
    expect(session.location).toEqual({ entry: 5 })
    expect(secretsIn(JSON.stringify(report))).toEqual([])
    expect(secretsIn(reportToMarkdown(report))).toEqual([])
  })
})

describe('harDocument', () => {
  it('is HAR 1.2 of the given entries, redacted unless raw', () => {
    const entries = analyzed().map((r) => r.captured.har)
    const redacted = JSON.stringify(harDocument(entries, 'redacted', '1.2.3'))
    expect(secretsIn(redacted)).toEqual([])
    const raw = harDocument(entries, 'raw', '1.2.3')
    expect(raw.log).toMatchObject({ version: '1.2', creator: { version: '1.2.3' } })
    expect(secretsIn(JSON.stringify(raw)).sort()).toEqual(Object.values(SECRETS).sort())
  })
})

describe('curlCommand', () => {
  const command = (...args: Parameters<typeof curlCommand>) => {
    const curl = curlCommand(...args)
    return curl.ok ? curl.command : curl.reason
  }
  const v2 = analyzed().find((r) => r.target?.endpoint?.id === 'v2.mfa.challenge')!.captured.har

  it('quotes for the shell and redacts headers and form fields', () => {
    const curl = curlCommand(v2, 'redacted')
    expect(curl.ok && curl.command.split(' \\\n  ')).toEqual([
      "curl 'https://api-stage.bill.com/api/v2/MFAChallenge.json'",
      "-X 'POST'",
      "-H 'Content-Type: application/x-www-form-urlencoded'",
      `--data-raw 'devKey=${encodeURIComponent(REDACTED)}&sessionId=${encodeURIComponent(REDACTED)}&data=${encodeURIComponent('{"useBackup":true}')}'`,
    ])
  })
  it('keeps single quotes safe and the raw body when asked', () => {
    const quoted = { ...v2, request: { ...v2.request, postData: { mimeType: 'text/plain', text: "it's" } } }
    expect(command(quoted, 'raw')).toContain(`--data-raw 'it'\\''s'`)
    expect(command(v2, 'raw')).toContain(SECRETS.devKey)
  })
})

describe('harBlob (the panel\'s "Export HAR", in slices)', () => {
  const entries = analyzed().map((r) => r.captured.har)

  it('writes the same text as the whole document at once, redacted and raw', async () => {
    for (const privacy of ['redacted', 'raw'] as const) {
      const whole = `${JSON.stringify(harDocument(entries, privacy, '1.2.3'), null, 2)}\n`
      expect(await (await harBlob(entries, privacy, '1.2.3')).text()).toBe(whole)
    }
    const none = `${JSON.stringify(harDocument([], 'redacted', '1.2.3'), null, 2)}\n`
    expect(await (await harBlob([], 'redacted', '1.2.3')).text()).toBe(none)
  })

  it('gives the thread back between slices and reports how far it got', async () => {
    const progress: number[] = []
    let yields = 0
    const blob = await harBlob(entries, 'redacted', '1.2.3', undefined, {
      budgetMs: 0,
      nextSlice: async () => {
        yields++
      },
      onProgress: ({ done, total }) => {
        expect(total).toBe(entries.length)
        progress.push(done)
      },
    })
    // A zero budget: a yield after every step (secrets read, search built, each entry written).
    expect(yields).toBeGreaterThanOrEqual(2 * entries.length - 1)
    expect(progress).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1))
    expect(secretsIn(await blob.text())).toEqual([])
  })
})
