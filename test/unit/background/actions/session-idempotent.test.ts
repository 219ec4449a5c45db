import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { idempotentActions } from '../../../../src/background/actions/idempotent.ts'
import { createActionLedger } from '../../../../src/background/actions/ledger.ts'
import { storageActionStore } from '../../../../src/background/actions/session-store.ts'
import { panelHandlers } from '../../../../src/background/handlers/panel.ts'
import { sessionHandlers } from '../../../../src/background/handlers/session.ts'
import { createRouter, type Handlers } from '../../../../src/background/router.ts'
import type { SessionPorts } from '../../../../src/background/session/ports.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import type { Params, Reply, RequestName } from '../../../../src/shared/protocol/index.ts'
import { PROTOCOL_SOURCE } from '../../../../src/shared/protocol/index.ts'
import { call, type Transport } from '../../../../src/ui/rpc.ts'
import { harness, qa } from '../../session-harness.ts'

// One click, one BILL call: retries while the worker wakes, and a worker stopped mid-action, never repeat it.

const opts = { extensionId: 'abc', extensionBaseUrl: 'chrome-extension://abc/' }
const popup = { id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' }

/** One worker: a session service and the action ledger over the shared storage (ports, storage.session). */
function worker(ports: SessionPorts) {
  const session = createSessionService(ports)
  const ledger = createActionLedger(storageActionStore(fakeBrowser.storage.session), ports.now)
  const handlers = {
    ...sessionHandlers(session),
    ...panelHandlers(session),
  } as Handlers
  const all = idempotentActions(handlers, ledger, { signOut: () => session.getView() })
  const route = createRouter(all, opts)
  const send = (name: RequestName, params: unknown, requestId: string) =>
    route({ source: PROTOCOL_SOURCE, name, params, requestId }, popup) as Promise<Reply>
  return { session, route, send }
}

describe('actions run once per request id', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  const count = (path: string) => sandbox.state.requests.filter((r) => r.path === path).length
  /** The delayed call has reached the sandbox: its fault was taken and holds the answer back. */
  const inFlight = () => vi.waitFor(() => expect(sandbox.state.faults).toHaveLength(0))
  const delay = (path: string, delayMs = 150) =>
    sandbox.app.request('/__sandbox/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path, mode: 'delay', delayMs }),
    })

  it('a retry after a lost answer waits for the first sign-in and send-code: one login, one text', async () => {
    const { ports } = harness(sandbox)
    const { route } = worker(ports)
    const pending: Promise<unknown>[] = []
    // The first attempt reaches the background, but the page loses the answer (the port closed).
    const losesFirstAnswer = (): Transport => {
      let attempts = 0
      return async (m) => {
        const answer = route(m, popup)
        pending.push(answer)
        if (++attempts === 1) throw new Error('The message port closed before a response was received.')
        return answer
      }
    }
    const ask = <N extends RequestName>(name: N, params: Params<N>) => call(name, params, losesFirstAnswer())
    expect(await ask('signIn', { profileId: 'p1', secret: qa.password })).toMatchObject({
      ok: true,
      result: { state: 'active' },
    })
    expect(await ask('sendMfaChallenge', undefined)).toMatchObject({
      ok: true,
      result: { mfa: { step: 'challenge-sent' } },
    })
    await Promise.all(pending)
    expect(count('/connect/v3/login')).toBe(1)
    expect(count('/connect/v3/mfa/challenge')).toBe(1)
  })

  it('a new worker answers a finished action from storage.session without calling BILL', async () => {
    const { ports } = harness(sandbox)
    const first = worker(ports)
    await first.send('signIn', { profileId: 'p1', secret: qa.password }, 'sign-in-1')
    const sent = await first.send('sendMfaChallenge', undefined, 'send-1')
    const second = worker(ports)
    expect(await second.send('sendMfaChallenge', undefined, 'send-1')).toEqual(sent)
    expect(count('/connect/v3/mfa/challenge')).toBe(1)
  })

  it('a new worker does not repeat an action the stopped worker had started', async () => {
    const { ports } = harness(sandbox)
    const first = worker(ports)
    await delay('/connect/v3/login')
    const cut = first.send('signIn', { profileId: 'p1', secret: qa.password }, 'sign-in-1')
    await inFlight()
    const second = worker(ports)
    expect(await second.send('signIn', { profileId: 'p1', secret: qa.password }, 'sign-in-1')).toMatchObject({
      ok: false,
      error: { kind: 'interrupted' },
    })
    await cut
    expect(count('/connect/v3/login')).toBe(1)
  })

  it('refuses an action without a request id, and an id reused for another action', async () => {
    const { ports } = harness(sandbox)
    const { route, send } = worker(ports)
    const bare = await route(
      { source: PROTOCOL_SOURCE, name: 'signIn', params: { profileId: 'p1', secret: 'x' } },
      popup,
    )
    expect(bare).toMatchObject({ ok: false, error: { kind: 'bad-request' } })
    await send('signOut', undefined, 'id-1')
    expect(await send('sendMfaChallenge', undefined, 'id-1')).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    })
    expect(count('/connect/v3/login')).toBe(0)
  })

  it('a worker stopped during sign-out wakes signed out, and BILL is told', async () => {
    const { ports, state } = harness(sandbox)
    const first = worker(ports)
    await first.send('signIn', { profileId: 'p1', secret: qa.password }, 'sign-in-1')
    const sessionId = state.record?.sessionId
    await delay('/connect/v3/logout')
    const cut = first.send('signOut', undefined, 'sign-out-1')
    await inFlight()
    // The stored intent: the record still holds the session, marked as signing out.
    expect(state.record).toMatchObject({ status: 'active', signingOutAt: expect.any(Number) })
    const second = worker(ports)
    expect(await second.session.getView()).toEqual({ state: 'signed-out' })
    expect(await second.send('signOut', undefined, 'sign-out-1')).toEqual({
      ok: true,
      result: { state: 'signed-out' },
    })
    await cut
    await vi.waitFor(() => {
      expect(state.record).toBeUndefined()
      expect(sandbox.state.sessions.has(sessionId ?? '')).toBe(false)
    })
  })
})
