import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, runJson } from '../cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-baseline-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const client = join(dir, 'mfa-client.ts')
const baseline = join(dir, 'bill-mfa-baseline.json')
const CODE = [
  '// Calls BILL: POST /v3/mfa/challenge',
  'export const challenge = (base: string) =>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
  "  fetch(`${base}/v3/mfa/challenge`, { method: 'POST', body: JSON.stringify({ useBackup: true }) })",
  '',
].join('\n')
const NOW = ['--now', '2026-04-10']

interface SarifResult {
  ruleId: string
  partialFingerprints: Record<string, string>
  baselineState?: string
  suppressions?: { kind: string; justification: string }[]
}
const sarifResults = (args: string[]) =>
  (
    JSON.parse(runCli(['--format', 'sarif', ...NOW, ...args]).stdout) as {
      runs: { results: SarifResult[] }[]
    }
  ).runs[0]?.results ?? []

describe('bill-mfa-lint --baseline', () => {
  it('records today’s findings, then fails only on new ones, whatever lines move', () => {
    writeFileSync(client, CODE)
    const written = runCli([...NOW, '--baseline', baseline, '--write-baseline', client])
    expect(written.status).toBe(0)
    expect(written.stderr).toContain(`recorded 1 finding in ${baseline}`)
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings).toHaveLength(1)

    // Lines added above: the old finding is still recognised.
    writeFileSync(client, `// a comment\n// another\n${CODE}`)
    const same = runJson([...NOW, '--baseline', baseline, client])
    expect(same.status).toBe(0)
    expect(same.report.summary).toMatchObject({ errors: 0, baselined: 1 })
    expect(same.report.findings.map((f) => (f as { baselineState?: string }).baselineState)).toEqual([
      'unchanged',
    ])

    // A second deprecated value: that one is new and fails the run.
    writeFileSync(
      client,
      `${CODE}export const setup = () => fetch('/v3/mfa/setup', { body: JSON.stringify({ primary: false }) })\n`,
    )
    const added = runJson([...NOW, '--baseline', baseline, client])
    expect(added.status).toBe(1)
    expect(added.report.summary).toMatchObject({ errors: 1, baselined: 1 })
    expect(sarifResults(['--baseline', baseline, client]).map((r) => [r.ruleId, r.baselineState])).toEqual([
      ['mfa-challenge-backup-phone', 'unchanged'],
      ['mfa-setup-secondary-phone', 'new'],
    ])
  })

  it('exits 2 when the named baseline is missing, saying how to create it', () => {
    const run = runCli(['--baseline', join(dir, 'none.json'), client])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('none.json: no such file or directory (create it with --write-baseline)')
  })
})

describe('bill-mfa-lint SARIF fingerprints and suppressions', () => {
  it('gives each result a partialFingerprint that survives moved lines', () => {
    writeFileSync(client, CODE)
    const before = sarifResults([client]).map((r) => r.partialFingerprints['billMfaLint/v1'])
    writeFileSync(client, `\n\n\n${CODE}`)
    const after = sarifResults([client]).map((r) => r.partialFingerprints['billMfaLint/v1'])
    expect(before).toHaveLength(1)
    expect(before[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(after).toEqual(before)
  })

  it('carries in-source suppressions with their reason, and they do not fail the run', () => {
    const lines = CODE.split('\n')
    lines.splice(
      2,
      0,
      '  // bill-mfa-lint-disable-next-line mfa-challenge-backup-phone -- sandbox fixture for the 400 test',
    )
    writeFileSync(client, lines.join('\n'))
    expect(sarifResults([client]).map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', justification: 'sandbox fixture for the 400 test' }],
    ])
    const run = runJson([...NOW, client])
    expect(run.status).toBe(0)
    expect(run.report.summary).toMatchObject({ errors: 0, suppressed: 1 })
    expect(runCli([...NOW, client]).stdout).toContain('(1 more suppressed or in the baseline)')
  })
})

describe('bill-mfa-lint marks how a source finding was found', () => {
  it('says "text" for a language that is not parsed, in JSON, SARIF and text, with the end of the region', () => {
    // Scala has no parser here: its file is read by the line matcher.
    const scala = join(dir, 'Mfa.scala')
    writeFileSync(
      scala,
      'val url = "https://gateway.stage.bill.com/connect/v3/mfa/challenge"\nval body = """{"useBackup": true}"""\n',
    )
    const { report } = runJson([...NOW, scala])
    expect(report.findings.map((f) => [f.ruleId, (f as { analysis?: string }).analysis])).toEqual([
      ['mfa-challenge-backup-phone', 'text'],
    ])
    const sarif = JSON.parse(runCli(['--format', 'sarif', ...NOW, scala]).stdout)
    const result = sarif.runs[0].results[0]
    expect(result.properties.analysis).toBe('text')
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, endLine: 2 })
    expect(runCli([...NOW, scala]).stdout).toContain('mfa-challenge-backup-phone (text match)')
  })
})
