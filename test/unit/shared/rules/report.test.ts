import { describe, expect, it } from 'vitest'
import {
  buildReport,
  describeLocation,
  plural,
  type ReportFinding,
  reportToMarkdown,
  toReportFinding,
} from '../../../../src/shared/rules/report.ts'
import { atLeast, summarize } from '../../../../src/shared/rules/summary.ts'

const finding = (more: Partial<ReportFinding> = {}): ReportFinding => ({
  ruleId: 'r',
  severity: 'warning',
  message: 'm',
  file: 'f.har',
  location: { entry: 0 },
  ...more,
})

describe('toReportFinding', () => {
  it('leaves out what the finding does not have, and keeps falsy values it does have', () => {
    const bare = toReportFinding({ ruleId: 'r', severity: 'info', message: 'm' }, { file: 'f', location: {} })
    expect(bare).toEqual({ ruleId: 'r', severity: 'info', message: 'm', file: 'f', location: {} })
    expect(Object.keys(bare)).toEqual(['ruleId', 'severity', 'message', 'file', 'location'])
    const falsy = toReportFinding(
      { ruleId: 'r', severity: 'info', message: 'm', field: '', value: false, fix: '' },
      { file: 'f', location: {} },
    )
    expect(falsy).toMatchObject({ field: '', value: false, fix: '' })
  })

  it('masks secrets in the request URL and keeps the rest of the request', () => {
    const out = toReportFinding(
      { ruleId: 'r', severity: 'error', message: 'm' },
      {
        file: 'f',
        location: { entry: 1 },
        request: { method: 'GET', url: 'https://x.test/a?sessionId=abc123&q=1', api: 'v3' },
      },
    )
    expect(out.request).toEqual({
      method: 'GET',
      url: 'https://x.test/a?sessionId=%5Bredacted%5D&q=1',
      api: 'v3',
    })
  })
})

describe('buildReport and summarize', () => {
  it('counts each severity, and copies the findings', () => {
    const findings = [
      finding({ severity: 'error' }),
      finding({ severity: 'warning' }),
      finding({ severity: 'warning' }),
      finding({ severity: 'info' }),
    ]
    const report = buildReport({ files: 3, requests: 9, findings })
    expect(report.summary).toEqual({ files: 3, requests: 9, errors: 1, warnings: 2, infos: 1 })
    expect(report.findings).toEqual(findings)
    expect(report.findings).not.toBe(findings)
    expect(summarize([])).toEqual({ error: 0, warning: 0, info: 0 })
  })

  it('orders severities error > warning > info', () => {
    expect(atLeast('error', 'warning')).toBe(true)
    expect(atLeast('warning', 'warning')).toBe(true)
    expect(atLeast('info', 'warning')).toBe(false)
    expect(atLeast('warning', 'error')).toBe(false)
    expect(atLeast('info', 'info')).toBe(true)
  })
})

describe('describeLocation', () => {
  it('names an item before its line, a line (with its column) before an entry', () => {
    expect(describeLocation({ item: 'a / b', line: 3, entry: 1 })).toBe('item a / b')
    expect(describeLocation({ line: 4, column: 7, entry: 1 })).toBe('line 4:7')
    expect(describeLocation({ line: 4 })).toBe('line 4')
    expect(describeLocation({ line: 4, column: 0 })).toBe('line 4')
    expect(describeLocation({ entry: 0 })).toBe('entry 0')
    expect(describeLocation({})).toBe('')
  })
})

describe('plural', () => {
  it('adds an s to every count but one', () => {
    expect([0, 1, 2].map((n) => plural(n, 'file'))).toEqual(['0 files', '1 file', '2 files'])
  })
})

describe('reportToMarkdown', () => {
  it('escapes backslashes and pipes, and folds line breaks with their spaces into one space', () => {
    const md = reportToMarkdown(
      buildReport({
        files: 1,
        requests: 1,
        findings: [finding({ message: 'a\\b | c  \n  d', fix: 'x\r\ny' })],
      }),
    )
    expect(md).toContain('| a\\\\b \\| c d | x y |')
  })

  it('writes the file alone when there is no location, and the request under it', () => {
    const md = reportToMarkdown(
      buildReport({
        files: 1,
        requests: 1,
        findings: [
          finding({ location: {}, severity: 'error', ruleId: 'x' }),
          finding({
            location: { entry: 2 },
            request: { method: 'POST', url: 'https://h.test/p', api: 'v2' },
          }),
        ],
      }),
    )
    expect(md).toContain('| error | `x` | f.har | m |  |\n')
    expect(md).toContain('| warning | `r` | f.har, entry 2<br>POST https://h.test/p | m |  |')
    expect(md.startsWith('# BILL MFA lint report\n\n**0 errors')).toBe(false)
    expect(
      md.startsWith('# BILL MFA lint report\n\n**1 error, 1 warning, 0 infos** in 1 file (1 request).'),
    ).toBe(true)
    expect(md.endsWith('|\n')).toBe(true)
  })

  it('has the header and the summary only, ending in a newline, without findings', () => {
    expect(reportToMarkdown(buildReport({ files: 0, requests: 0, findings: [] }))).toBe(
      '# BILL MFA lint report\n\n**0 errors, 0 warnings, 0 infos** in 0 files (0 requests).\n',
    )
  })

  it('starts the table with its header row', () => {
    const md = reportToMarkdown(buildReport({ files: 1, requests: 1, findings: [finding()] }))
    expect(md).toContain(
      '.\n\n| Severity | Rule | Where | Message | Fix |\n| --- | --- | --- | --- | --- |\n| warning |',
    )
  })
})
