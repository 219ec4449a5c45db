import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES, type reportToSarif } from '../../../src/shared/rules/index.ts'
import { FIXTURES, REPO, runCli } from '../cli-run.ts'

const INPUTS = ['--now', '2026-04-10', `${FIXTURES}/chrome.har`, `${FIXTURES}/source/mfa-v2.sh`]
const ESC = '\u001b['

describe('bill-mfa-lint output formats', () => {
  it('prints text grouped by file, with excerpts, fixes and a summary, uncoloured under NO_COLOR', () => {
    const { status, stdout } = runCli(INPUTS)
    expect(status).toBe(1)
    expect(stdout).not.toContain(ESC)
    expect(stdout).toContain(
      `${FIXTURES}/chrome.har\n  entry 2 POST https://gateway.stage.bill.com/connect/v3/mfa/challenge\n`,
    )
    expect(stdout).toContain('│ { "useBackup": true }')
    expect(stdout).toContain('fix: Set "useBackup" to false or remove the field')
    expect(stdout).toContain(`${FIXTURES}/source/mfa-v2.sh\n  line 3:56\n`)
    expect(stdout).toContain('│ -d "devKey=$DEV_KEY&sessionId=$SESSION_ID&data=%7B%22useBackup%22%3Atrue%7D"')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 8 errors, 3 warnings, 1 info in 2 files, 7 requests')
  })

  it('colours with FORCE_COLOR, and NO_COLOR wins', () => {
    expect(runCli(INPUTS, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).toContain(ESC)
    expect(runCli(INPUTS, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain(ESC)
  })

  it('prints the JSON report schema', () => {
    const report = JSON.parse(runCli(['--format', 'json', ...INPUTS]).stdout)
    // `tool` (added) names the report as this tool's own: a later run never reads it back.
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'summary'])
    expect(report.tool).toBe('bill-mfa-lint')
    expect(report.version).toBe(1)
    expect(report.summary).toEqual({ files: 2, requests: 7, errors: 8, warnings: 3, infos: 1 })
    for (const f of report.findings) {
      expect(Object.keys(f).slice(0, 5)).toEqual(['ruleId', 'severity', 'message', 'file', 'location'])
      expect(['error', 'warning', 'info']).toContain(f.severity)
    }
  })

  it('prints compact lines: file:line:col for source, the entry for HAR, only findings that count', () => {
    const { status, stdout } = runCli(['--format', 'compact', ...INPUTS])
    expect(status).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(12)
    expect(lines).toContain(
      `${FIXTURES}/source/mfa-v2.sh:4:57: error credentials-in-query "devKey" is in the URL query; BILL rejects credentials there since 2022-10-15, and URLs get logged.`,
    )
    expect(lines.filter((l) => l.startsWith(`${FIXTURES}/chrome.har: `) && l.endsWith(' (entry 2)'))).toEqual(
      [
        expect.stringMatching(/: error mfa-challenge-backup-phone "useBackup": true sends the MFA code/),
        expect.stringMatching(/: error deprecated-field-rejected BILL rejected this request/),
      ],
    )
  })

  it('prints GitHub workflow annotations, escaped, with notice for info', () => {
    const { status, stdout } = runCli(['--format', 'github', ...INPUTS])
    expect(status).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(12)
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^:]+::\S/)
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=test\/fixtures\/lint\/source\/mfa-v2\.sh,line=4,col=57,endLine=4,endColumn=63,title=credentials-in-query::"devKey" is in the URL query; .*%0Afix: Send "devKey"/,
      ),
    )
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=test\/fixtures\/lint\/chrome\.har,title=mfa-challenge-backup-phone::entry 2: /,
      ),
    )
  })

  it('prints SARIF 2.1.0 with rules, levels and physical or logical locations', () => {
    const sarif: ReturnType<typeof reportToSarif> = JSON.parse(
      runCli(['--format', 'sarif', ...INPUTS]).stdout,
    )
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toContain('sarif-2.1.0')
    const run = sarif.runs[0]
    if (!run) throw new Error('no run')
    const { rules } = run.tool.driver
    expect(run.tool.driver.name).toBe('bill-mfa-lint')
    expect(rules.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id))
    for (const r of rules) expect(r.shortDescription.text && r.help.text).toBeTruthy()
    expect(run.results).toHaveLength(12)
    for (const r of run.results) {
      expect(['error', 'warning', 'note']).toContain(r.level)
      expect(rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId)
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/chrome\.har$|mfa-v2\.sh$/)
    }
    const har = run.results.find((r) => r.ruleId === 'untrusted-session')?.locations[0]
    expect(har?.logicalLocations?.[0]?.fullyQualifiedName).toBe('log.entries[5]')
    const sh = run.results.map((r) => r.locations[0]?.physicalLocation).find((l) => l && 'region' in l)
    expect(sh).toMatchObject({ region: { startLine: 3, startColumn: 56 } })
  })

  it('prints --version and --help, exiting 0', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'packages/bill-mfa-lint/package.json'), 'utf8'))
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` })
    const help = runCli(['--help'])
    expect(help.status).toBe(0)
    for (const option of ['--format', '--fail-on', '--host', '--now', '--env'])
      expect(help.stdout).toContain(option)
  })
})
