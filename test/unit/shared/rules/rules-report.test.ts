import { describe, expect, it } from 'vitest'
import {
  buildReport,
  evaluate,
  RULES,
  reportToMarkdown,
  reportToSarif,
  summarize,
  toReportFinding,
} from '../../../../src/shared/rules/index.ts'

const url = 'https://api-stage.bill.com/api/v2/MFAChallenge.json?devKey=secret&x=1'
const ev = evaluate(
  {
    method: 'POST',
    url,
    headers: [],
    body: { mimeType: 'application/x-www-form-urlencoded', text: 'data=%7B%22useBackup%22%3Atrue%7D' },
  },
  { now: '2026-04-01' },
)
const request = { method: 'POST', url, api: 'v2' as const }
const findings = [
  ...ev.findings.map((f) => toReportFinding(f, { file: 'a b.har', location: { entry: 3 }, request })),
  toReportFinding(
    { ruleId: 'mfa-optional-field', severity: 'info', message: 'pipe | here', field: 'primary', value: true },
    { file: 'src/x.ts', location: { line: 4, column: 7 } },
  ),
]
const report = buildReport({ files: 2, requests: 5, findings })

describe('report builders', () => {
  it('builds the version 1 schema, masking credentials in URLs', () => {
    expect(report.version).toBe(1)
    expect(report.summary).toEqual({ files: 2, requests: 5, errors: 2, warnings: 0, infos: 1 })
    expect(Object.keys(report.findings[0] ?? {})).toEqual([
      'ruleId',
      'severity',
      'message',
      'file',
      'location',
      'request',
      'field',
      'value',
      'fix',
    ])
    expect(report.findings[0]?.request?.url).toBe(
      'https://api-stage.bill.com/api/v2/MFAChallenge.json?devKey=%5Bredacted%5D&x=1',
    )
    expect(JSON.stringify(report)).not.toContain('secret')
  })

  it('counts by severity', () => {
    expect(summarize(ev.findings)).toEqual({ error: 2, warning: 0, info: 0 })
  })

  it('renders Markdown with escaped table cells', () => {
    const md = reportToMarkdown(report)
    expect(md).toContain('**2 errors, 0 warnings, 1 info** in 2 files (5 requests).')
    expect(md).toContain('| error | `mfa-challenge-backup-phone` | a b.har, entry 3<br>POST')
    expect(md).toContain('pipe \\| here')
    expect(reportToMarkdown(buildReport({ files: 1, requests: 0, findings: [] }))).not.toContain('| Severity')
  })

  it('renders SARIF 2.1.0 with physical or logical locations', () => {
    const sarif = reportToSarif(report, RULES, { name: 'bill-mfa-lint', version: '1.0.0' }, '2026-01-01')
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    expect(run?.tool.driver.rules[0]?.defaultConfiguration.level).toBe('warning')
    expect(run?.results.map((r) => r.level)).toEqual(['error', 'error', 'note'])
    expect(run?.results[0]?.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'a%20b.har' } },
      logicalLocations: [{ name: 'entries[3]', fullyQualifiedName: 'log.entries[3]', kind: 'object' }],
    })
    expect(run?.results[2]?.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'src/x.ts' }, region: { startLine: 4, startColumn: 7 } },
    })
    expect(run?.results[2]?.ruleIndex).toBe(2)
  })
})
