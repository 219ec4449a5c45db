import { describe, expect, it } from 'vitest'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'

// Issue 22, class 2: Kotlin builders set a body's fields in a scope function's block, where a bare
// assignment is the receiver's property; elsewhere a bare assignment is still a local.
describe('Kotlin receiver blocks', () => {
  it('apply and run blocks set the body sent; a plain lambda assigns a local', () => {
    const kt = lines(
      `val BILL = "${BILL_BASE}"`,
      'fun challenge(client: Client) {',
      '    val body = ChallengeRequest().apply { useBackup = true }',
      '    val again = ChallengeRequest().run { useBackup = true; this }',
      '    var useBackup = false',
      '    listOf(1).forEach { useBackup = true }',
      '    client.post("$BILL/v3/mfa/challenge", body, again, useBackup)',
      '}',
    )
    expect(found('C.kt', kt)).toEqual(['3 mfa-challenge-backup-phone', '4 mfa-challenge-backup-phone'])
  })
})
