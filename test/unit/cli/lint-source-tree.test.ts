import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintPaths } from '../../../src/cli/lint.ts'

// The CLI's walk lints the source files of a tree as one (issue 22, class 4): the class folder of the
// evaluation corpus is a set of small projects whose endpoints and bodies live in other modules.
const TREE = join(import.meta.dirname, '../../fixtures/lint/eval/cross-file')
const settings = { hosts: [], now: new Date('2026-04-10') }

// Reported paths are relative to the working directory.
const where = (file: string) => relative(TREE, resolve(file))

describe('lintPaths over a tree of modules', async () => {
  const result = await lintPaths([TREE], settings)
  const found = result.findings.map((f) => ({
    file: where(f.report.file),
    line: 'line' in f.report.location ? f.report.location.line : 0,
    ruleId: f.report.ruleId,
  }))

  it('reports a body built in one module where another sends it to /mfa/setup', () => {
    expect(found).toContainEqual({
      file: 'ts-service/bodies.ts',
      line: 5,
      ruleId: 'mfa-setup-secondary-phone',
    })
    expect(found).toContainEqual({
      file: 'py_billing/billing/bodies.py',
      line: 8,
      ruleId: 'mfa-setup-secondary-phone',
    })
  })

  it('reports a call whose endpoint is a constant imported from a config module', () => {
    expect(found).toContainEqual({ file: 'go/mfa/client.go', line: 19, ruleId: 'mfa-challenge-backup-phone' })
    expect(found).toContainEqual({
      file: 'php/src/Mfa/MfaClient.php',
      line: 16,
      ruleId: 'mfa-challenge-backup-phone',
    })
  })

  it('keeps silent on bodies sent elsewhere and on another API with the same paths', () => {
    expect(found.filter((f) => f.line === 10 && f.file === 'ts-service/bodies.ts')).toEqual([])
    expect(found.filter((f) => f.file.startsWith('not-bill/'))).toEqual([])
    expect(found.filter((f) => /vendors|Vendor|payables/.test(f.file))).toEqual([])
  })

  it('reports in walk order, each file once', () => {
    const files = found.map((f) => f.file)
    expect(files).toEqual([...files].sort())
    expect(found).toHaveLength(18)
  })
})
