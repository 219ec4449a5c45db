import { afterEach, beforeEach, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { SessionView } from '../../../../src/shared/session/view.ts'
import { harness, lastCode, qa } from '../../session-harness.ts'

// Each sessionChanged event carries the view the pages show, so they never ask getSession after one.
let sandbox: SandboxApp
beforeEach(() => {
  sandbox = createSandboxApp({ quiet: true })
})
afterEach(() => sandbox.shutdown())

it('broadcasts the new view with every change, ending with what the action answered', async () => {
  const { state, ports } = harness(sandbox)
  const sent: SessionView[] = []
  const service = createSessionService({ ...ports, broadcast: (view) => sent.push(view) })

  const signedIn = await service.signIn('p1', qa.password)
  expect(sent.map((v) => v.state)).toEqual(['signed-out', 'signing-in', 'active'])
  expect(sent.at(-1)).toEqual(signedIn)

  await service.sendChallenge()
  const trusted = await service.verifyCode(await lastCode(sandbox), false)
  expect(sent.at(-1)).toEqual(trusted)
  expect(sent.at(-1)).toMatchObject({ trusted: true, mfa: { step: 'trusted' } })
  for (const view of sent) expect(JSON.stringify(view)).not.toContain(state.record?.sessionId ?? 'none')

  await service.signOut()
  expect(sent.at(-1)).toEqual({ state: 'signed-out' })
})
