import { describe, expect, it } from 'vitest'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'

// Issue 22, class 7: a file tied to BILL only by a comment, naming no MFA endpoint, sends nothing to
// BILL; the same flag in a file whose code names a BILL host is still taken for the challenge's.
describe('BILL named only in comments', () => {
  const body = (tie: string) =>
    lines(
      'package sync',
      tie,
      'type RetryPolicy struct { UseBackup bool }',
      'func DefaultPolicy() RetryPolicy { return RetryPolicy{UseBackup: true} }',
    )

  it('a struct literal in a Go file whose only BILL word is in a comment is silent', () => {
    expect(
      found('p.go', body('// Talks to BILL (gateway.stage.bill.com) through the shared client.')),
    ).toEqual([])
  })

  it('the same literal where the code names a BILL host is still reported', () => {
    expect(found('p.go', body(`const base = "${BILL_BASE}"`))).toEqual(['4 mfa-challenge-backup-phone'])
  })
})
