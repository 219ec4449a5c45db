import { describe, expect, it } from 'vitest'
import { FIXTURES, keys, runJson } from './cli-run.ts'

const CHROME = `${FIXTURES}/chrome.har`
const FIREFOX = `${FIXTURES}/firefox.har`

describe('bill-mfa-lint on HAR files', () => {
  it('lints a Chrome HAR (text bodies, params-only bodies, base64 responses)', () => {
    const { status, report } = runJson(['--now', '2026-04-10', CHROME])
    expect(status).toBe(1)
    expect(keys(report)).toEqual([
      '2 mfa-challenge-backup-phone error',
      '2 deprecated-field-rejected error',
      '3 mfa-optional-field info',
      '4 mfa-challenge-backup-phone error',
      '5 untrusted-session warning',
      '6 credentials-in-query error',
      '6 credentials-in-query error',
      '6 sunset-host warning',
    ])
    expect(report.summary).toEqual({ files: 1, requests: 7, errors: 5, warnings: 2, infos: 1 })
    const login = report.findings.find((f) => f.ruleId === 'credentials-in-query')
    expect(login?.request).toEqual({
      method: 'POST',
      url: 'https://api-sandbox.bill.com/api/v2/Login.json?userName=%5Bredacted%5D&password=%5Bredacted%5D',
      api: 'v2',
    })
    expect(JSON.stringify(report)).not.toContain('hunter2')
    expect(report.findings[3]).toMatchObject({ field: 'useBackup', value: 'true', file: CHROME })
  })

  it('lints a Firefox HAR (raw params values, v2 error envelope)', () => {
    const { status, report } = runJson(['--now', '2026-04-10', FIREFOX])
    expect(status).toBe(1)
    expect(keys(report)).toEqual([
      '0 mfa-challenge-backup-phone error',
      '0 session-expired warning',
      '1 mfa-optional-field info',
      '2 mfa-setup-secondary-phone error',
    ])
    expect(report.findings[0]).toMatchObject({ value: 'True', request: { api: 'v2' } })
  })

  it('takes extra hosts (a local mock) with --host', () => {
    const { report } = runJson([
      '--now',
      '2026-04-10',
      '--host',
      'localhost',
      '--host',
      '127.0.0.1:4010',
      FIREFOX,
    ])
    expect(keys(report)).toContain('3 mfa-setup-secondary-phone error')
    expect(keys(report)).toContain('3 deprecated-field-rejected error')
  })

  it('evaluates the breaking rules as warnings before 2026-03-30, and honours --fail-on', () => {
    const early = runJson(['--now', '2026-03-01', FIREFOX])
    expect(early.status).toBe(0)
    expect(keys(early.report)).toContain('0 mfa-challenge-backup-phone warning')
    expect(early.report.summary.errors).toBe(0)
    expect(runJson(['--now', '2026-03-01', '--fail-on', 'warning', FIREFOX]).status).toBe(1)
    expect(runJson(['--now', '2026-04-10', '--fail-on', 'never', FIREFOX]).status).toBe(0)
  })
})
