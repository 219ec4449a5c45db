import { describe, expect, it } from 'vitest'
import { FIXTURES, keys, runJson } from '../cli-run.ts'

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
      // The local sandbox on BILL's own path: BILL traffic without --host, as in the panel.
      '3 mfa-setup-secondary-phone error',
      '3 deprecated-field-rejected error',
    ])
    expect(report.findings[0]).toMatchObject({ value: 'True', request: { api: 'v2' } })
  })

  it('takes extra hosts (a local mock) with --host, to the same findings', () => {
    const { report } = runJson([
      '--now',
      '2026-04-10',
      '--host',
      'localhost',
      '--host',
      '127.0.0.1:4010',
      FIREFOX,
    ])
    expect(keys(report)).toEqual(keys(runJson(['--now', '2026-04-10', FIREFOX]).report))
  })

  it('flags a HAR recorded from the local sandbox’s demo page without --host, as the panel does', () => {
    const { status, report } = runJson(['--now', '2026-04-10', `${FIXTURES}/sandbox-demo.har`])
    expect(keys(report)).toEqual([
      '6 mfa-setup-secondary-phone error',
      '6 deprecated-field-rejected error',
      '7 mfa-challenge-backup-phone error',
      '7 deprecated-field-rejected error',
      '8 mfa-challenge-backup-phone error',
      '8 deprecated-field-rejected error',
    ])
    expect(status).toBe(1)
    // The demo page, its CSS and JS and the sandbox's own API are other traffic: counted, never flagged.
    expect(report.summary.requests).toBe(10)
  })

  it('evaluates the breaking rules as warnings before 2026-03-30, and honours --fail-on', () => {
    const early = runJson(['--now', '2026-03-01', FIREFOX])
    expect(keys(early.report)).toContain('0 mfa-challenge-backup-phone warning')
    expect(keys(early.report)).toContain('3 mfa-setup-secondary-phone warning')
    // Only the rejection BILL's look-alike recorded (after the date, by the entry's time) is an error.
    expect(early.report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([
      'deprecated-field-rejected',
    ])
    expect(early.status).toBe(1)
    expect(runJson(['--now', '2026-03-01', '--fail-on', 'warning', FIREFOX]).status).toBe(1)
    expect(runJson(['--now', '2026-04-10', '--fail-on', 'never', FIREFOX]).status).toBe(0)
  })
})
