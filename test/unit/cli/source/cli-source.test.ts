import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES, keys, REPO, runJson } from '../../cli-run.ts'

const SOURCE = `${FIXTURES}/source`

describe('bill-mfa-lint on source files', () => {
  // saved-body.json holds a bare body with no BILL context: the context gate keeps it silent.
  it('reports each language’s finding with file:line:column, and nothing in clean code', () => {
    const { status, report } = runJson(['--now', '2026-04-10', SOURCE])
    expect(status).toBe(1)
    const where = report.findings.map((f) => `${f.file}:${f.location.line}:${f.location.column} ${f.ruleId}`)
    expect(where).toEqual([
      `${SOURCE}/MfaClient.cs:3:67 mfa-challenge-backup-phone`,
      `${SOURCE}/MfaClient.java:4:20 mfa-challenge-backup-phone`,
      `${SOURCE}/mfa-client.ts:6:28 mfa-challenge-backup-phone`,
      `${SOURCE}/mfa-v2.sh:3:56 mfa-challenge-backup-phone`,
      `${SOURCE}/mfa-v2.sh:4:18 sunset-host`,
      `${SOURCE}/mfa-v2.sh:4:57 credentials-in-query`,
      `${SOURCE}/mfa-v2.sh:4:73 credentials-in-query`,
      `${SOURCE}/mfa_client.go:8:26 mfa-challenge-backup-phone`,
      `${SOURCE}/mfa_client.php:2:23 mfa-challenge-backup-phone`,
      `${SOURCE}/mfa_client.py:6:61 mfa-challenge-backup-phone`,
      `${SOURCE}/mfa_client.rb:2:37 mfa-challenge-backup-phone`,
      `${SOURCE}/setup-phone.js:6:5 mfa-setup-secondary-phone`,
    ])
    expect(report.summary).toMatchObject({ files: 11, requests: 0 })
  })

  describe('directory walking', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('skips node_modules, .git and binary files, and detects HAR by content', () => {
      for (const skipped of ['node_modules/lib', '.git/objects']) {
        mkdirSync(join(dir, skipped), { recursive: true })
        writeFileSync(join(dir, skipped, 'x.js'), 'const a = { useBackup: true }\n')
      }
      writeFileSync(join(dir, 'blob.bin'), Buffer.from([0x75, 0x73, 0x65, 0x00, 0x42, 0x61]))
      writeFileSync(join(dir, 'data.txt'), Buffer.concat([Buffer.from('useBackup: true\n'), Buffer.alloc(4)]))
      // A HAR saved under an unusual name is still read as a HAR.
      cpSync(join(REPO, FIXTURES, 'firefox.har'), join(dir, 'capture.log'))
      const { status, report } = runJson(['--now', '2026-04-10', dir])
      expect(status).toBe(1)
      expect(report.summary.files).toBe(1)
      expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([join(dir, 'capture.log')]))
      expect(keys(report)).toContain('0 mfa-challenge-backup-phone error')
    })
  })
})
