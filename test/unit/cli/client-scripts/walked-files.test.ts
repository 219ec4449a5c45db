import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lintPaths } from '../../../../src/cli/lint.ts'

// A repository walked as a user runs `bill-mfa-lint .`: Insomnia exports, Bruno files and CI workflows
// are told apart by the walker (not only when named) and each finding is on a line of its file.

const EVAL = join(import.meta.dirname, '../../../fixtures/lint/eval')
const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-walk-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('walking a repository with API-client files and workflows', () => {
  it('finds what each kind holds, on its lines', async () => {
    cpSync(join(EVAL, 'scripts/insomnia/bill-mfa.insomnia.json'), join(dir, 'api/insomnia.json'), {
      recursive: true,
    })
    cpSync(join(EVAL, 'scripts/bruno/Send MFA challenge.bru'), join(dir, 'bruno/challenge.bru'))
    cpSync(join(EVAL, 'ci/github-actions/mfa-smoke.yml'), join(dir, '.github/workflows/smoke.yml'))
    cpSync(join(EVAL, 'ci/github-actions/acme-mfa.yml'), join(dir, '.github/workflows/acme.yml'))
    const run = await lintPaths([dir], { hosts: [], now: new Date('2026-04-10') })
    const found = run.findings.map(
      (f) => `${f.report.file.slice(dir.length + 1)}:${f.report.location.line} ${f.report.ruleId}`,
    )
    expect(found.sort()).toEqual([
      '.github/workflows/smoke.yml:33 mfa-challenge-backup-phone',
      'api/insomnia.json:18 mfa-challenge-backup-phone',
      'api/insomnia.json:38 mfa-setup-secondary-phone',
      'bruno/challenge.bru:20 mfa-challenge-backup-phone',
    ])
    expect(run.problems).toEqual([])
  })
})
