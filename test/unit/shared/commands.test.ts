import { describe, expect, it } from 'vitest'
import { waitsForMfaCode } from '../../../src/shared/commands.ts'
import type { MfaView } from '../../../src/shared/session/view.ts'
import { activeView, SIGNED_OUT } from '../ui/views.ts'

const NOW = 1_000_000
const untrusted = (mfa: Omit<MfaView, 'canEnterCode'>) => activeView(NOW, mfa)

describe('the "send MFA code" command acts only when a session waits for a code', () => {
  it('sends for an untrusted session with no code sent, or after a failure once sending is allowed', () => {
    expect(waitsForMfaCode(untrusted({ step: 'idle' }), NOW)).toBe(true)
    expect(waitsForMfaCode(untrusted({ step: 'error', error: 'code-expired' }), NOW)).toBe(true)
    expect(waitsForMfaCode(untrusted({ step: 'error', canSendAt: NOW }), NOW)).toBe(true)
  })

  it('does nothing signed out, when trusted, while a send or check runs, with a code to type, or cooling down', () => {
    expect(waitsForMfaCode(SIGNED_OUT, NOW)).toBe(false)
    const trusted = untrusted({ step: 'idle' })
    if (trusted.state === 'signed-out') throw new Error('expected a session')
    expect(waitsForMfaCode({ ...trusted, trusted: true }, NOW)).toBe(false)
    expect(waitsForMfaCode({ ...trusted, state: 'expired' }, NOW)).toBe(false)
    for (const step of ['sending', 'verifying', 'challenge-sent', 'trusted'] as const)
      expect(waitsForMfaCode(untrusted({ step, sentAt: NOW }), NOW)).toBe(false)
    expect(waitsForMfaCode(untrusted({ step: 'error', canSendAt: NOW + 1 }), NOW)).toBe(false)
  })
})
