import { describe, expect, it } from 'vitest'
import type { RuleInfo } from '../../../../src/shared/rules/catalogue.ts'
import { buildReport, type ReportFinding } from '../../../../src/shared/rules/report.ts'
import { reportToSarif } from '../../../../src/shared/rules/sarif.ts'

const RULES: RuleInfo[] = [
  { id: 'a', title: 'A title', help: 'A help', severity: 'info' },
  {
    id: 'b',
    title: 'B',
    help: 'B help',
    severity: { before: 'warning', from: '2026-03-30', onwards: 'error' },
  },
]
const tool = { name: 'bill-mfa-lint', version: '1.2.3', informationUri: 'https://example.test/' }
const finding = (more: Partial<ReportFinding> = {}): ReportFinding => ({
  ruleId: 'b',
  severity: 'warning',
  message: 'm.',
  file: 'f.har',
  location: {},
  ...more,
})
const sarif = (findings: ReportFinding[], now = '2026-01-01') =>
  reportToSarif(buildReport({ files: 1, requests: 1, findings }), RULES, tool, now)
const run = (findings: ReportFinding[], now?: string) =>
  sarif(findings, now).runs[0] as NonNullable<ReturnType<typeof sarif>['runs'][0]>

describe('reportToSarif', () => {
  it('describes the tool and each rule, its level at the date given', () => {
    const out = sarif([])
    expect(out.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(out.runs).toHaveLength(1)
    expect(out.runs[0]?.tool.driver.rules[1]?.defaultConfiguration.level).toBe('warning')
    const driver = out.runs[0]?.tool.driver
    expect(driver).toMatchObject(tool)
    expect(driver?.rules).toHaveLength(2)
    expect(driver?.rules[0]).toEqual({
      id: 'a',
      name: 'a',
      shortDescription: { text: 'A title' },
      fullDescription: { text: 'A help' },
      help: { text: 'A help' },
      defaultConfiguration: { level: 'note' },
    })
    expect(run([], '2026-03-30').tool.driver.rules[1]?.defaultConfiguration.level).toBe('error')
    expect(run([]).results).toEqual([])
  })

  it('maps each finding: rule index when the rule is listed, level, message with its fix', () => {
    const [listed, unlisted, plain] = run([
      finding({ fix: 'Do x.', severity: 'error' }),
      finding({ ruleId: 'zzz', severity: 'info' }),
      finding({ ruleId: 'a' }),
    ]).results
    expect(listed).toMatchObject({
      ruleId: 'b',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'm. Fix: Do x.' },
    })
    expect(unlisted).toMatchObject({ ruleId: 'zzz', level: 'note', message: { text: 'm.' } })
    expect(unlisted && 'ruleIndex' in unlisted).toBe(false)
    expect(plain).toMatchObject({ ruleIndex: 0, level: 'warning' })
  })

  it('places a finding at its line and column, its HAR entry or its Postman item, else the file alone', () => {
    const places = run([
      finding({ file: 'dir\\my file.ts', location: { line: 3, column: 9 } }),
      finding({ location: { line: 3 } }),
      finding({ location: { entry: 4 } }),
      finding({ file: 'c.json', location: { item: 'Folder / Sign in' } }),
      finding({ file: 'c.json', location: { item: 'Solo' } }),
      finding(),
      finding({ location: { line: 5, column: 0 } }),
      finding({ location: { item: 'A / B / Sign in' } }),
    ]).results.map((r) => r.locations[0])
    expect(places).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'dir/my%20file.ts' },
          region: { startLine: 3, startColumn: 9 },
        },
      },
      { physicalLocation: { artifactLocation: { uri: 'f.har' }, region: { startLine: 3 } } },
      {
        physicalLocation: { artifactLocation: { uri: 'f.har' } },
        logicalLocations: [{ name: 'entries[4]', fullyQualifiedName: 'log.entries[4]', kind: 'object' }],
      },
      {
        physicalLocation: { artifactLocation: { uri: 'c.json' } },
        logicalLocations: [{ name: 'Sign in', fullyQualifiedName: 'Folder / Sign in', kind: 'object' }],
      },
      {
        physicalLocation: { artifactLocation: { uri: 'c.json' } },
        logicalLocations: [{ name: 'Solo', fullyQualifiedName: 'Solo', kind: 'object' }],
      },
      { physicalLocation: { artifactLocation: { uri: 'f.har' } } },
      // SARIF columns start at 1: a column 0 (unknown) is left out.
      { physicalLocation: { artifactLocation: { uri: 'f.har' }, region: { startLine: 5 } } },
      {
        physicalLocation: { artifactLocation: { uri: 'f.har' } },
        logicalLocations: [{ name: 'Sign in', fullyQualifiedName: 'A / B / Sign in', kind: 'object' }],
      },
    ])
    expect(places[1]?.physicalLocation.region).toStrictEqual({ startLine: 3 })
    expect(places[6]?.physicalLocation.region).toStrictEqual({ startLine: 5 })
  })

  it('carries the request and the field as properties, only when there are some', () => {
    const request = { method: 'POST', url: 'https://h.test/p', api: 'v3' as const }
    const [both, onlyRequest, onlyField, none] = run([
      finding({ request, field: 'useBackup' }),
      finding({ request }),
      finding({ field: 'primary' }),
      finding(),
    ]).results
    expect(both?.properties).toEqual({ request, field: 'useBackup' })
    // Strict: a key holding undefined would still be a key to whoever reads the object.
    expect(onlyRequest?.properties).toStrictEqual({ request })
    expect(onlyField?.properties).toStrictEqual({ field: 'primary' })
    expect(none && 'properties' in none).toBe(false)
  })
})
