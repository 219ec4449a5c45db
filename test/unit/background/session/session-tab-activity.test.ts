import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { createTabActivity } from '../../../../src/background/session/tab-activity.ts'
import { isUnderBase } from '../../../../src/shared/bill/base-url.ts'
import { carriesSession } from '../../../../src/shared/session/tab-activity.ts'
import { harness, qa } from '../../session-harness.ts'

describe('tab requests as session activity', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it('counts a request that wakes the worker, before the session is read from storage', async () => {
    const { ports, state } = harness(sandbox)
    const signedIn = await createSessionService(ports).signIn('p1', qa.password)
    const sessionId = state.record!.sessionId!
    sandbox.state.clock.advance(60_000)
    // A new worker whose storage answers slowly: webRequest events arrive first.
    const load = ports.loadRecord
    ports.loadRecord = () => new Promise((r) => setTimeout(() => r(load()), 50))
    const woken = createSessionService(ports)
    const activity = createTabActivity(woken)
    activity.observed('r1', 7, {
      url: `${sandbox.v3Base}/v3/login/session`,
      headers: [{ name: 'sessionId', value: sessionId }],
    })
    await activity.completed('r1', 200, ports.now())
    const after = (await woken.getView()) as { expiresAt: number }
    expect(after.expiresAt - (signedIn as { expiresAt: number }).expiresAt).toBeGreaterThanOrEqual(60_000)
  })

  it('ignores the extension’s own calls, failed calls and other sessions', async () => {
    const { ports, state } = harness(sandbox)
    const service = createSessionService(ports)
    const signedIn = (await service.signIn('p1', qa.password)) as { expiresAt: number }
    sandbox.state.clock.advance(60_000)
    const activity = createTabActivity(service)
    const req = (value: string) => ({
      url: `${sandbox.v3Base}/v3/login/session`,
      headers: [{ name: 'sessionId', value }],
    })
    activity.observed('own', -1, req(state.record!.sessionId!))
    activity.observed('500', 3, req(state.record!.sessionId!))
    activity.observed('other', 3, req('someone-else'))
    await activity.completed('own', 200, ports.now())
    await activity.completed('500', 500, ports.now())
    await activity.completed('other', 200, ports.now())
    expect(((await service.getView()) as { expiresAt: number }).expiresAt).toBe(signedIn.expiresAt)
  })
})

describe('one base-URL matcher for tab activity and replay', () => {
  const session = {
    sessionId: 's1',
    baseUrls: { v3: 'https://gw.example.test/connect', v2: 'https://api.example.test/api/v2' },
  }
  const v3 = (url: string) => carriesSession({ url, headers: [{ name: 'sessionid', value: 's1' }] }, session)

  it('respects the "/" boundary of the base path', () => {
    expect(v3('https://gw.example.test/connect/v3/login/session')).toBe(true)
    expect(v3('https://gw.example.test/connectX/v3/login/session')).toBe(false)
    expect(v3('https://gw.example.test.evil/connect/v3/login/session')).toBe(false)
    expect(v3('http://gw.example.test/connect/v3/login/session')).toBe(false)
    expect(v3('https://gw.example.test:8443/connect/v3/login/session')).toBe(false)
  })

  // Plain path segments (no "." or "..", which URL parsing resolves away).
  const segment = fc.stringMatching(/^[a-z0-9_~-][a-z0-9_.~-]{0,7}$/)

  it('never puts a sibling path under the base', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), segment, (segments, tail) => {
        const base = `https://h.example.test/${segments.join('/')}`
        expect(isUnderBase(`${base}${tail}`, base)).toBe(false)
        expect(isUnderBase(`${base}/${tail}`, base)).toBe(true)
        expect(isUnderBase(base, base)).toBe(true)
      }),
    )
  })
})
