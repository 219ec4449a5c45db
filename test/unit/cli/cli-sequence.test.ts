import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempRepo } from '../cli-run.ts'
import { entry, untrusted, v3Call, v3Login } from '../shared/rules/sequence-fixtures.ts'

// The rules that read a sequence of calls run in `bill-mfa-lint` on HAR files, like the single-request rules.

const har = (calls: Parameters<typeof entry>[0][]) =>
  JSON.stringify({ log: { version: '1.2', entries: calls.map(entry) } })
const NOW = ['--now', '2026-12-07']

describe('sequence rules in the CLI', () => {
  const dir = tempRepo(mkdtempSync(join(tmpdir(), 'cli-sequence-')), {
    'relogin.har': har([
      v3Login(0, 'S1'),
      untrusted(1_000, 'S1'),
      v3Login(2_000, 'S2'),
      untrusted(3_000, 'S2'),
    ]),
    'clean.har': har([
      v3Login(0, 'S1'),
      v3Call(1_000, '/v3/mfa/challenge', 'S1'),
      v3Call(2_000, '/v3/vendors', 'S1'),
    ]),
  })

  it('reports a sign-in after BDC_1361 on the entry that shows it, and exits 1', () => {
    const run = runCli([...NOW, '--format', 'json', 'relogin.har'], {}, dir)
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { entry?: number } }[] }
    const relogin = report.findings.filter((f) => f.ruleId === 'untrusted-session-relogin')
    expect(relogin.map((f) => f.location.entry)).toEqual([2])
    expect(run.stdout).not.toMatch(/"S1"|"S2"/)
  })

  it('stays quiet on a flow that answers BDC_1361 with MFA', () => {
    const run = runCli([...NOW, '--format', 'json', 'clean.har'], {}, dir)
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] }
    expect(report.findings.map((f) => f.ruleId)).not.toContain('untrusted-session-relogin')
  })

  it('lists the sequence rules in SARIF and takes their ids in --select', () => {
    const sarif = runCli(
      [...NOW, '--format', 'sarif', '--select', 'untrusted-session-relogin', 'relogin.har'],
      {},
      dir,
    )
    expect(sarif.status).toBe(1)
    const doc = JSON.parse(sarif.stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[]
    }
    const ids = doc.runs[0]?.tool.driver.rules.map((r) => r.id)
    expect(ids).toEqual(
      expect.arrayContaining(['untrusted-session-relogin', 'mfa-text-rate', 'v3-login-v2-fields']),
    )
    expect(doc.runs[0]?.results.map((r) => r.ruleId)).toEqual(['untrusted-session-relogin'])
  })
})
