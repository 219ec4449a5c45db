import { describe, expect, it } from 'vitest'
import { runJson } from '../cli-run.ts'

// BILL's own v3 Postman collection (provenance: test/fixtures/bill-v3-postman-collection.md).
const COLLECTION = 'test/fixtures/bill-v3-postman-collection.json'

describe("bill-mfa-lint on BILL's own v3 Postman collection", () => {
  it('finds no error, only the optional MFA fields as info, before and after 2026-03-30', () => {
    for (const now of ['2026-01-15', '2026-06-01']) {
      const { status, report, stderr } = runJson(['--now', now, COLLECTION])
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(report.summary).toEqual({ files: 1, requests: 302, errors: 0, warnings: 0, infos: 2 })
      expect(report.findings.map((f) => [f.location.item, f.field, f.value, f.severity, f.ruleId])).toEqual([
        [
          'AP & AR Authentication / mfa / Generate MFA challenge',
          'useBackup',
          'false',
          'info',
          'mfa-optional-field',
        ],
        [
          'AP & AR Authentication / mfa / Add phone for MFA setup',
          'primary',
          true,
          'info',
          'mfa-optional-field',
        ],
      ])
    }
  })
})
