import { describe, expect, it } from 'vitest'
import { FIXTURES, keys, runCli, runJson } from '../cli-run.ts'

const COLLECTION = `${FIXTURES}/postman/qa-mfa.postman_collection.json`
const ENV = `${FIXTURES}/postman/sandbox.postman_environment.json`

describe('bill-mfa-lint on Postman collections', () => {
  it('walks nested folders and resolves collection variables, {{baseUrl}} left unresolved', () => {
    const { status, report } = runJson(['--now', '2026-04-10', COLLECTION])
    expect(status).toBe(1)
    expect(keys(report)).toEqual([
      'MFA / v3 / Challenge with backup mfa-challenge-backup-phone error',
      'MFA / v3 / Setup secondary phone mfa-setup-secondary-phone error',
      'MFA / v2 / Challenge (form) mfa-challenge-backup-phone error',
      'MFA / v2 / Challenge (form) sunset-host warning',
      'MFA / v2 / Login with credentials in the query credentials-in-query error',
      'MFA / v2 / Login with credentials in the query credentials-in-query error',
      'MFA / v2 / Login with credentials in the query sunset-host warning',
    ])
    expect(report.summary.requests).toBe(5)
    expect(report.findings[0]?.request).toEqual({
      method: 'POST',
      url: '{{baseUrl}}/v3/mfa/challenge',
      api: 'v3',
    })
  })

  it('lets an --env environment override collection variables', () => {
    const { report } = runJson(['--now', '2026-04-10', '--env', ENV, COLLECTION])
    expect(keys(report)).toEqual([
      'MFA / v3 / Challenge with backup mfa-optional-field info',
      'MFA / v3 / Setup secondary phone mfa-setup-secondary-phone error',
      'MFA / v2 / Challenge (form) mfa-optional-field info',
      'MFA / v2 / Login with credentials in the query credentials-in-query error',
      'MFA / v2 / Login with credentials in the query credentials-in-query error',
    ])
    expect(report.findings[0]?.request?.url).toBe('https://gateway.stage.bill.com/connect/v3/mfa/challenge')
    // The disabled "user" value is not used; the password is masked in the report.
    expect(report.findings[3]?.request?.url).toBe(
      'https://api-stage.bill.com/api/v2/Login.json?userName=%5Bredacted%5D&password=%5Bredacted%5D&orgId=008x',
    )
  })

  it('reads v2.0 collections (string URLs)', () => {
    const { report } = runJson(['--now', '2026-04-10', `${FIXTURES}/postman/legacy-v2.0.json`])
    expect(keys(report)).toEqual(['Folder / Setup mfa-setup-secondary-phone error'])
    expect(report.findings[0]?.value).toBe('FALSE')
  })

  it('exits 2 on a missing or malformed environment file, naming it', () => {
    const missing = runCli(['--env', 'nope.json', COLLECTION])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('bill-mfa-lint: nope.json: no such file or directory\n')
    const wrong = runCli(['--env', COLLECTION, COLLECTION])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('not a Postman environment')
  })
})
