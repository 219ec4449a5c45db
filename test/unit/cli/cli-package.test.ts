import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO } from '../cli-run.ts'

// The published shape of the CLI: npm run pack:cli, then an empty project installs the tarball and runs
// it. Nothing of this repository is reachable from there (no tsx, no src/).
const project = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-consumer-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

const run = (cmd: string, args: string[], cwd: string) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } })

describe('the bill-mfa-lint package', () => {
  it('packs into artifacts/, installs into an empty project and lints a file there', {
    timeout: 300_000,
  }, () => {
    const packed = run(process.execPath, ['scripts/pack-cli.mjs'], REPO)
    expect(packed.status, packed.stderr).toBe(0)
    const { version } = JSON.parse(readFileSync(join(REPO, 'packages/bill-mfa-lint/package.json'), 'utf8'))
    const tarball = join(REPO, 'artifacts', `bill-mfa-lint-${version}.tgz`)
    expect(existsSync(tarball)).toBe(true)

    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n')
    const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project)
    expect(installed.status, installed.stderr).toBe(0)
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false)

    writeFileSync(
      join(project, 'mfa.py'),
      [
        'import requests',
        'BASE = "https://gateway.stage.bill.com/connect"',
        'def challenge(session):',
        '    return session.post(f"{BASE}/v3/mfa/challenge", json={"useBackup": True})',
        '',
      ].join('\n'),
    )
    // Kotlin's parser is an optional peer, not installed here: the file is skipped with one line.
    writeFileSync(
      join(project, 'Mfa.kt'),
      'fun send(http: HttpClient) = http.post("https://gateway.stage.bill.com/connect/v3/mfa/challenge") { setBody(mapOf("useBackup" to true)) }\n',
    )
    const bin = join(project, 'node_modules/.bin/bill-mfa-lint')
    expect(run(bin, ['--version'], project).stdout).toBe(`${version}\n`)
    const lint = run(bin, ['--format', 'json', '--now', '2026-04-10', '.'], project)
    expect(lint.stderr).toBe('bill-mfa-lint: note: Mfa.kt: install @ast-grep/lang-kotlin to scan .kt files\n')
    expect(lint.status).toBe(1)
    const report = JSON.parse(lint.stdout)
    expect(report.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([
      ['mfa.py', 'mfa-challenge-backup-phone'],
    ])
  })
})
