import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { CONFIRM_AFTER_MS } from '../../../../src/shared/session/confirm.ts'
import { harness, qa } from '../../session-harness.ts'

// Issue 23: `mfaBypass` from GET /v3/login/session reaches the session's view, where the popup's card reads
// it. Today's sandbox reports false; the answer is set here to what a bypassing dev key gets.
describe('the org’s MFA bypass for this dev key', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  async function signedIn(mfaBypass: boolean | undefined) {
    const h = harness(sandbox, 'v3')
    const clientFor = h.ports.clientFor
    h.ports.clientFor = (p) => {
      const client = clientFor(p)
      return {
        ...client,
        sessionInfo: async (...a) => {
          const answer = await client.sessionInfo(...a)
          if (!answer.ok) return answer
          const { mfaBypass: _, ...rest } = answer.value
          return { ...answer, value: { ...rest, ...(mfaBypass === undefined ? {} : { mfaBypass }) } }
        },
      }
    }
    const service = createSessionService(h.ports)
    await service.signIn('p1', qa.password)
    return service
  }

  it('is unknown after the sign-in and learnt from the session-details call (true or false)', async () => {
    for (const bypass of [true, false]) {
      const service = await signedIn(bypass)
      expect(await service.getView()).not.toHaveProperty('mfaBypass')
      sandbox.state.clock.advance(CONFIRM_AFTER_MS + 1000)
      expect(await service.confirm()).toMatchObject({ state: 'active', mfaBypass: bypass })
    }
  })

  it('stays unknown when BILL’s answer does not say', async () => {
    const service = await signedIn(undefined)
    sandbox.state.clock.advance(CONFIRM_AFTER_MS + 1000)
    expect(await service.confirm()).not.toHaveProperty('mfaBypass')
  })
})
