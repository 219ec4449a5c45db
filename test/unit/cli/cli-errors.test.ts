import { describe, expect, it } from 'vitest'
import { FIXTURES, keys, runCli, runJson } from '../cli-run.ts'

describe('bill-mfa-lint on unusable input', () => {
  it('exits 2 on broken JSON and missing files, naming each on stderr, while reporting the readable files', () => {
    const broken = `${FIXTURES}/broken/truncated.har`
    const { status, stderr, report } = runJson([
      '--now',
      '2026-04-10',
      broken,
      'missing.har',
      `${FIXTURES}/firefox.har`,
    ])
    expect(status).toBe(2)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('bill-mfa-lint: missing.har: no such file or directory')
    expect(lines[1]).toMatch(new RegExp(`^bill-mfa-lint: ${broken}: broken JSON: .+`))
    expect(report.summary.files).toBe(1)
    expect(keys(report)).toContain('0 mfa-challenge-backup-phone error')
  })

  it('exits 2 on usage errors and an invalid --now', () => {
    expect(runCli([]).status).toBe(2)
    expect(runCli(['--format', 'xml', `${FIXTURES}/firefox.har`]).status).toBe(2)
    const badDate = runCli(['--now', 'someday', `${FIXTURES}/firefox.har`])
    expect(badDate.status).toBe(2)
    expect(badDate.stderr).toBe('bill-mfa-lint: invalid --now date: someday\n')
  })
})
