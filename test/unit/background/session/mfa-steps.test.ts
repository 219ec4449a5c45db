import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SEED_ACCOUNTS } from '../../../../sandbox/accounts.ts'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { BillClient } from '../../../../src/shared/bill/client.ts'
import type { HistoryEventInput } from '../../../../src/shared/history.ts'
import { harness, lastCode, qa } from '../../session-harness.ts'

// The SMS walk-through's edges (src/background/session/mfa.ts): what is refused before BILL is asked, what
// a refusal leaves in the history, and what is remembered.

let sandbox: SandboxApp
beforeEach(() => {
  sandbox = createSandboxApp({ quiet: true })
})
afterEach(() => sandbox.shutdown())

async function signedIn(account = qa) {
  const h = harness(sandbox)
  h.profile.username = account.username
  h.profile.organizationId = account.organizationId
  const events: HistoryEventInput[] = []
  h.ports.appendEvent = async (e) => {
    events.push(e)
  }
  const service = createSessionService(h.ports)
  await service.signIn('p1', account.password)
  events.length = 0
  return { ...h, service, events }
}
const withoutPhone = SEED_ACCOUNTS.find((a) => !a.phone) as (typeof SEED_ACCOUNTS)[number]
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  )

describe('refused before BILL is asked', () => {
  it('a sixth code in a minute: says when to try again', async () => {
    const s = await signedIn()
    for (let i = 0; i < 5; i++) await s.service.sendChallenge()
    const error = await refusal(s.service.sendChallenge())
    expect(error).toEqual({
      kind: 'rate-limited',
      message: 'BILL allows 5 codes a minute. Wait a moment, then send a new code.',
      retryAt: expect.any(Number),
    })
  })

  it('a code before any was sent', async () => {
    const s = await signedIn()
    expect(await refusal(s.service.verifyCode('123456', false))).toEqual({
      kind: 'bad-request',
      message: 'Send a code first.',
    })
  })

  it('a code that is not six digits, naming the field', async () => {
    const s = await signedIn()
    await s.service.sendChallenge()
    expect(await refusal(s.service.verifyCode('1234567', false))).toEqual({
      kind: 'invalid-input',
      message: 'The code has six digits.',
      fields: { code: 'Six digits' },
    })
  })

  it('a send while the session is already trusted changes nothing', async () => {
    const s = await signedIn()
    await s.service.sendChallenge()
    await s.service.verifyCode(await lastCode(sandbox), false)
    const texts = (await (await sandbox.app.request('/__sandbox/sms')).json()) as unknown[]
    expect(await s.service.sendChallenge()).toMatchObject({ mfa: { step: 'trusted' } })
    expect(await (await sandbox.app.request('/__sandbox/sms')).json()).toHaveLength(texts.length)
  })
})

describe('checking a code', () => {
  it('takes it with spaces or a dash as typed from the text message', async () => {
    const s = await signedIn()
    await s.service.sendChallenge()
    const code = await lastCode(sandbox)
    const typed = `${code.slice(0, 3)} - ${code.slice(3)}`
    expect(await s.service.verifyCode(typed, false)).toMatchObject({ trusted: true })
    expect(s.events.map((e) => e.kind)).toEqual(['mfa-challenge-sent', 'mfa-verified'])
    expect(s.state.devices).toEqual([])
  })

  it('remembers the browser only when asked, and logs it', async () => {
    const s = await signedIn()
    await s.service.sendChallenge()
    await s.service.verifyCode(await lastCode(sandbox), true)
    expect(s.state.devices).toEqual([
      expect.objectContaining({
        profileId: 'p1',
        api: 'v3',
        device: 'install-1',
        rememberId: expect.any(String),
      }),
    ])
    expect(s.events.map((e) => e.kind)).toEqual(['mfa-challenge-sent', 'mfa-verified', 'device-remembered'])
  })

  it('a wrong code is logged with its kind and BILL’s code', async () => {
    const s = await signedIn()
    await s.service.sendChallenge()
    const code = await lastCode(sandbox)
    await s.service.verifyCode(code === '000000' ? '111111' : '000000', false)
    expect(s.events.at(-1)).toEqual({
      kind: 'mfa-failed',
      at: expect.any(Number),
      profileId: 'p1',
      api: 'v3',
      errorKind: 'mfa-wrong-code',
      billCode: expect.stringMatching(/^BDC_\d+$/),
    })
  })
})

describe('sending a code', () => {
  it('to a user without a phone: the step shows why, and the history has it', async () => {
    const s = await signedIn(withoutPhone)
    expect(await s.service.sendChallenge()).toMatchObject({ mfa: { step: 'error', error: 'no-phone' } })
    expect(s.events).toEqual([expect.objectContaining({ kind: 'mfa-failed', errorKind: 'mfa-no-phone' })])
  })

  it('a failure without a code of BILL’s is logged without one', async () => {
    const h = harness(sandbox)
    const events: HistoryEventInput[] = []
    h.ports.appendEvent = async (e) => {
      events.push(e)
    }
    const clientFor = h.ports.clientFor
    h.ports.clientFor = (p) => {
      const client: BillClient = clientFor(p)
      return {
        ...client,
        mfaChallenge: async () => ({ ok: false, error: { kind: 'network', api: 'v3', message: 'offline' } }),
      }
    }
    const service = createSessionService(h.ports)
    await service.signIn('p1', qa.password)
    expect(await service.sendChallenge()).toMatchObject({ mfa: { step: 'error', errorKind: 'network' } })
    expect(events.at(-1)).toEqual({
      kind: 'mfa-failed',
      at: expect.any(Number),
      profileId: 'p1',
      api: 'v3',
      errorKind: 'network',
    })
  })
})

it('starting over returns to the first step', async () => {
  const s = await signedIn()
  await s.service.sendChallenge()
  expect(await s.service.resetMfa()).toMatchObject({ mfa: { step: 'idle' } })
})
