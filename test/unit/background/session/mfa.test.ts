import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { BillClient } from '../../../../src/shared/bill/client.ts'
import { harness, lastCode, qa } from '../../session-harness.ts'

// The SMS walk-through in the background (src/background/session/mfa.ts).

describe.each(['v3', 'v2'] as const)('MFA verify (%s)', (api) => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it('keeps the code answerable after a network error, and accepts it on the next try', async () => {
    const { ports, state } = harness(sandbox, api)
    let dropped = 0
    const clientFor = ports.clientFor
    ports.clientFor = (p) => {
      const client: BillClient = clientFor(p)
      return {
        ...client,
        // The first check never reaches BILL (Wi-Fi dropped): BILL did not see the code.
        mfaValidate: (...a) =>
          dropped++ === 0
            ? Promise.resolve({
                ok: false,
                error: { kind: 'network', api, message: 'BILL could not be reached.' },
              })
            : client.mfaValidate(...a),
      }
    }
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    await service.sendChallenge()
    const code = await lastCode(sandbox)

    const failed = await service.verifyCode(code, false)
    expect(failed).toMatchObject({
      state: 'active',
      mfa: { step: 'error', errorKind: 'network', canEnterCode: true },
    })
    expect(state.record?.status).toBe('active')
    expect(await service.verifyCode(code, false)).toMatchObject({ trusted: true, mfa: { step: 'trusted' } })
    expect(dropped).toBe(2)
  })
})
