import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, runJson } from '../cli-run.ts'

// An ordinary TypeScript repository: JSONC configuration, a .gitignore, build output, binaries.
const repo = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-repo-'))
afterAll(() => rmSync(repo, { recursive: true, force: true }))
const put = (path: string, content: string | Buffer) => {
  mkdirSync(join(repo, path, '..'), { recursive: true })
  writeFileSync(join(repo, path), content)
}
mkdirSync(join(repo, '.git'))
put('.gitignore', 'dist/\n*.log\n!keep.log\n')
put(
  'tsconfig.json',
  '{\n  // strict everywhere\n  "compilerOptions": { "strict": true, },\n  /* paths */\n  "include": ["src"],\n}\n',
)
put('package.json', '{ "name": "app", "version": "1.0.0", "scripts": { "test": "vitest" } }\n')
put('.vscode/settings.json', '{ "editor.tabSize": 2, // two\n}\n')
put('data/broken.json', '{ "log": { "entries": [ { "request": ')
// Same words, no BILL context: not a finding.
put('src/backup.ts', 'export const backupPolicy = { primary: false, useBackup: true }\n')
put('assets/logo.bin', Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]))
put('big.txt', 'x'.repeat(6 * 1024 * 1024))
// Ignored by .gitignore: would be an error if it were read.
const capture = JSON.stringify({
  log: {
    entries: [
      {
        request: {
          method: 'POST',
          url: 'https://gateway.stage.bill.com/connect/v3/mfa/challenge',
          postData: { mimeType: 'application/json', text: '{"useBackup":true}' },
        },
      },
    ],
  },
})
put('dist/capture.har', capture)
put('debug.log', capture)
put('keep.log', capture)

describe('bill-mfa-lint on an ordinary repository', () => {
  it('exits 0: JSONC read as data, broken JSON scanned as text, .gitignore honoured except its negations', () => {
    const { status, stderr, report } = runJson(['--now', '2026-04-10', repo])
    expect(stderr).toBe('')
    // keep.log is un-ignored by "!keep.log": the only finding.
    expect(report.findings.map((f) => [f.file.replace(/.*[/\\]/, ''), f.ruleId])).toEqual([
      ['keep.log', 'mfa-challenge-backup-phone'],
    ])
    expect(status).toBe(1)
  })

  it('tells under --verbose which files were skipped and why', () => {
    const { status, stderr } = runCli(['--verbose', '--fail-on', 'never', repo])
    expect(status).toBe(0)
    expect(stderr).toMatch(/note: .*logo\.bin: skipped: binary/)
    expect(stderr).toMatch(/note: .*big\.txt: skipped: over 5 MB and not JSON/)
    expect(stderr).toMatch(/note: .*broken\.json: not valid JSON: scanned as text/)
    expect(stderr).not.toMatch(/capture\.har|debug\.log/)
  })

  it('walks a directory the user names even when .gitignore ignores it', () => {
    const { status, report } = runJson(['--now', '2026-04-10', join(repo, 'dist')])
    expect(status).toBe(1)
    expect(report.summary.files).toBe(1)
  })

  it('exits 2 only for a named input it cannot use', () => {
    const run = runCli([join(repo, 'data/broken.json')])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/broken\.json: broken JSON: /)
  })

  it('does not exit 2 on the project’s own node_modules', () => {
    const { status, stderr } = runCli(['--format', 'json', '--fail-on', 'never', 'node_modules/commander'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })
})
