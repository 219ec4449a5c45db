import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, REPO, runCli, tempRepo } from '../cli-run.ts'

// --select / --ignore / --quiet, the settings file, `help <command>`, and messages that name the file.

const root = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-config-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const NOW = ['--now', '2026-04-10']
const HAR = join(REPO, FIXTURES, 'chrome.har')
writeFileSync(join(root, 'empty.json'), '{}\n')

const project = (name: string, files: Record<string, string>) => tempRepo(join(root, name), files)

/** "rule severity" of each finding, in compact output. */
const rules = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^.*?: (error|warning|info) (\S+) .*$/, '$2 $1'))

describe('choosing rules', () => {
  it('--select reports only the rules named, --ignore all but those, --quiet errors only', () => {
    const all = rules(runCli([...NOW, '--format', 'compact', HAR]).stdout)
    expect(new Set(all)).toEqual(
      new Set([
        'mfa-challenge-backup-phone error',
        'deprecated-field-rejected error',
        'mfa-optional-field info',
        'untrusted-session warning',
        'credentials-in-query error',
        'sunset-host warning',
      ]),
    )
    const selected = runCli([...NOW, '--format', 'compact', '--select', 'sunset-host,untrusted-session', HAR])
    expect(rules(selected.stdout)).toEqual(['untrusted-session warning', 'sunset-host warning'])
    // Warnings only left: exit 0 at the default --fail-on error.
    expect(selected.status).toBe(0)
    const ignored = rules(
      runCli([
        ...NOW,
        '--format',
        'compact',
        '--ignore',
        'sunset-host',
        '--ignore',
        'credentials-in-query',
        HAR,
      ]).stdout,
    )
    expect(ignored).toEqual(all.filter((r) => !/^(sunset-host|credentials-in-query) /.test(r)))
    const quiet = rules(runCli([...NOW, '--format', 'compact', '--quiet', HAR]).stdout)
    expect(quiet).toEqual(all.filter((r) => r.endsWith(' error')))
  })

  it('refuses an unknown rule id in one line naming it, exit 2', () => {
    const run = runCli([...NOW, '--select', 'mfa-challenge-backup-phone,backup-phone', HAR])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^bill-mfa-lint: --select: unknown rule id "backup-phone" \(rule ids: [^\n]+\)\n$/,
    )
  })
})

describe('the settings file', () => {
  it('.bill-mfa-lint.json (with comments): hosts, excludes, rules, failOn; the command line wins', () => {
    const dir = project('settings', {
      '.bill-mfa-lint.json': [
        '{',
        '  // the mock server BILL calls go to in tests (loopback would count as BILL on BILL paths anyway)',
        '  "hosts": ["bill-mock.test:4010"],',
        '  "excludes": ["old/"],',
        '  "rules": { "mfa-optional-field": "off" },',
        '  "failOn": "warning",',
        '}',
      ].join('\n'),
      'capture.har': readHar(),
      'old/legacy.sh':
        '# BILL\ncurl -X POST https://gateway.stage.bill.com/connect/v3/mfa/challenge -d \'{"useBackup": true}\'\n',
    })
    const run = runCli([...NOW, '--format', 'compact', '.'], {}, dir)
    // The mock host counts as BILL's, old/ is excluded, mfa-optional-field is off.
    expect(rules(run.stdout)).toEqual(['mfa-setup-secondary-phone error'])
    const without = runCli(
      [...NOW, '--format', 'compact', '--config', join(root, 'empty.json'), '.'],
      {},
      dir,
    )
    expect(rules(without.stdout)).toEqual(['mfa-challenge-backup-phone error'])
    expect(run.status).toBe(1)
    const onlyInfo = runCli([...NOW, '--format', 'compact', '--select', 'mfa-optional-field', '.'], {}, dir)
    expect(rules(onlyInfo.stdout)).toEqual(['mfa-optional-field info'])
    // failOn "warning" from the file; --fail-on never on the command line wins.
    expect(runCli([...NOW, '--fail-on', 'never', '.'], {}, dir).status).toBe(0)
  })

  it('reads a "bill-mfa-lint" key in package.json', () => {
    const dir = project('manifest', {
      'package.json': JSON.stringify({ name: 'app', 'bill-mfa-lint': { rules: { 'sunset-host': 'off' } } }),
      'old.sh': 'curl https://api-sandbox.bill.com/api/v2/Login.json\n',
    })
    expect(runCli([...NOW, '--format', 'compact', '.'], {}, dir).stdout).toBe('')
    expect(
      rules(runCli([...NOW, '--format', 'compact', '--config', '/dev/null', '.'], {}, dir).stdout),
    ).toEqual([])
  })

  it('says what is wrong with it in one line naming the file, exit 2', () => {
    const cases: [string, RegExp][] = [
      ['{ "exclude": ["x"] }', /: unknown key "exclude" \(known: hosts, excludes, rules, failOn\)$/],
      ['{ "rules": { "useBackup": "off" } }', /: "rules": unknown rule id "useBackup" \(rule ids: /],
      ['{ "rules": { "sunset-host": "warn" } }', /: "rules": "sunset-host" must be "off" or "on"$/],
      ['{ "failOn": "errors" }', /: "failOn" must be one of error, warning, info, never$/],
      ['{ "hosts": "127.0.0.1" }', /: "hosts" must be a list of strings$/],
      ['{ "excludes": ["../up"] }', /: "excludes": "..\/up" climbs out of its directory \(..\)$/],
      ['{ "hosts": [,] }', /: broken JSON at line 1: ValueExpected$/],
    ]
    cases.forEach(([text, message], i) => {
      const dir = project(`bad-${i}`, { '.bill-mfa-lint.json': text })
      const run = runCli(['.'], {}, dir)
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      const lines = run.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        new RegExp(`^bill-mfa-lint: ${join(dir, '.bill-mfa-lint.json')}${message.source}`),
      )
    })
  })
})

describe('messages', () => {
  it('help <command> shows that command’s help; an unknown one is one line', () => {
    const proxy = runCli(['help', 'proxy'])
    expect(proxy.status).toBe(0)
    expect(proxy.stdout).toMatch(/^Usage: bill-mfa-lint proxy \[options\] \[command\.\.\.\]/)
    const lint = runCli(['help', 'lint'])
    expect(lint.status).toBe(0)
    expect(lint.stdout).toMatch(/^Usage: bill-mfa-lint \[options\] \[command\] <paths\.\.\.>/)
    expect(lint.stdout).toContain('--select <rules>')
    const unknown = runCli(['help', 'scan'])
    expect(unknown.status).toBe(2)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr).toBe('bill-mfa-lint: help: unknown command "scan" (commands: lint, proxy)\n')
  })

  it('says a bad option in one line', () => {
    const run = runCli(['--format', 'xml', 'src'])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      "bill-mfa-lint: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, compact, github. (run bill-mfa-lint --help for usage)\n",
    )
  })

  it('never ends on a success mark when an input could not be used', () => {
    const dir = project('missing', { 'clean.ts': 'export const a = 1\n' })
    const run = runCli(['missing.har', 'clean.ts'], {}, dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('bill-mfa-lint: missing.har: no such file or directory\n')
    expect(run.stdout).not.toContain('✔')
    expect(run.stdout.trimEnd()).toBe(
      '✖ 0 errors, 0 warnings, 0 infos in 1 file, 0 requests; 1 input could not be used (see above)',
    )
  })
})

function readHar(): string {
  return JSON.stringify({
    log: {
      entries: [
        {
          request: {
            method: 'POST',
            url: 'http://bill-mock.test:4010/v3/mfa/setup',
            postData: { mimeType: 'application/json', text: '{"primary":false}' },
          },
        },
        {
          request: {
            method: 'POST',
            url: 'http://bill-mock.test:4010/v3/mfa/challenge',
            postData: { mimeType: 'application/json', text: '{"useBackup":false}' },
          },
        },
      ],
    },
  })
}
