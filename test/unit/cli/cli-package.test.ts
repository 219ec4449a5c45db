import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO } from '../cli-run.ts'

// The published shape of the CLI: npm run pack:cli, then an empty project installs the tarball and runs
// it. Nothing of this repository is reachable from there (no tsx, no src/). Every package comes from the
// npm cache the repository's own install filled; --prefer-offline, not --offline, because `npm ci` leaves
// no package metadata that `npm install` accepts: a fresh CI machine fetches that metadata, never a package.
const project = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-consumer-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

const run = (cmd: string, args: string[], cwd: string) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } })
const npmInstall = (args: string[]) =>
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], project)

const BASE = 'https://gateway.stage.bill.com/connect'
type Finding = { file: string; ruleId: string; analysis: string }

describe('the bill-mfa-lint package', () => {
  it('installs small and quiet; files whose parser is missing are read as text, with one hint naming the packages', {
    timeout: 300_000,
  }, () => {
    const packed = run(process.execPath, ['scripts/pack-cli.mjs'], REPO)
    expect(packed.status, packed.stderr).toBe(0)
    const manifest = JSON.parse(readFileSync(join(REPO, 'packages/bill-mfa-lint/package.json'), 'utf8'))
    const tarball = join(REPO, 'artifacts', `bill-mfa-lint-${manifest.version}.tgz`)
    expect(existsSync(tarball)).toBe(true)

    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n')
    const installed = npmInstall([tarball])
    expect(installed.status, installed.stderr).toBe(0)
    // Only ast-grep's core and its prebuilt binary: no language package, so no install script to warn of.
    expect(readdirSync(join(project, 'node_modules/@ast-grep')).every((d) => d.startsWith('napi'))).toBe(true)
    expect(`${installed.stdout}${installed.stderr}`).not.toMatch(/warn/i)
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false)

    writeFileSync(
      join(project, 'mfa.py'),
      `import requests\nBASE = "${BASE}"\ndef challenge(session):\n    return session.post(f"{BASE}/v3/mfa/challenge", json={"useBackup": True})\n`,
    )
    writeFileSync(
      join(project, 'mfa.go'),
      `package mfa\n\nconst base = "${BASE}"\n\nfunc Send(c *http.Client) {\n\tbody := map[string]any{"useBackup": true}\n\tpost(c, base+"/v3/mfa/challenge", body)\n}\n`,
    )
    // Built into @ast-grep/napi: never in the hint.
    writeFileSync(
      join(project, 'mfa.ts'),
      `export const body = { useBackup: true } // ${BASE}/v3/mfa/challenge\n`,
    )
    const bin = join(project, 'node_modules/.bin/bill-mfa-lint')
    expect(run(bin, ['--version'], project).stdout).toBe(`${manifest.version}\n`)
    const lint = (...args: string[]) =>
      run(bin, ['--format', 'json', '--now', '2026-04-10', ...args], project)
    const found = (stdout: string) =>
      (JSON.parse(stdout).findings as Finding[]).map((f) => [f.file, f.ruleId, f.analysis])

    const bare = lint('.')
    const pins = ['go', 'python'].map(
      (l) => `@ast-grep/lang-${l}@${manifest.peerDependencies[`@ast-grep/lang-${l}`]}`,
    )
    expect(bare.stderr).toBe(
      `bill-mfa-lint: note: Go, Python files were read by the line matcher (no parser installed); for the full analysis: npm install -D ${pins.join(' ')}\n`,
    )
    expect(bare.status).toBe(1)
    expect(found(bare.stdout)).toEqual([
      ['mfa.go', 'mfa-challenge-backup-phone', 'text'],
      ['mfa.py', 'mfa-challenge-backup-phone', 'text'],
      ['mfa.ts', 'mfa-challenge-backup-phone', 'structural'],
    ])
    // --quiet keeps errors only: the findings stay, the hint goes. --verbose also names each file.
    const quiet = lint('--quiet', '.')
    expect([quiet.status, quiet.stderr, found(quiet.stdout)]).toEqual([1, '', found(bare.stdout)])
    expect(lint('--verbose', '.').stderr).toBe(
      [
        'bill-mfa-lint: note: mfa.go: read by the line matcher: @ast-grep/lang-go is not installed',
        'bill-mfa-lint: note: mfa.py: read by the line matcher: @ast-grep/lang-python is not installed',
        bare.stderr,
      ].join('\n'),
    )

    // The hint's own command, from the cache: then the same files are parsed, and nothing is said.
    const command = /npm install -D (.+)$/.exec(bare.stderr.trim())?.[1]?.split(' ') ?? []
    const added = npmInstall(['-D', ...command])
    expect(added.status, added.stderr).toBe(0)
    const full = lint('.')
    expect([full.status, full.stderr]).toEqual([1, ''])
    expect(found(full.stdout)).toEqual([
      ['mfa.go', 'mfa-challenge-backup-phone', 'structural'],
      ['mfa.py', 'mfa-challenge-backup-phone', 'structural'],
      ['mfa.ts', 'mfa-challenge-backup-phone', 'structural'],
    ])
  })
})
