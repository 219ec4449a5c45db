import { afterEach, describe, expect, it } from 'vitest'
import { MFA_BYPASS_DEV_KEY } from '../accounts.ts'
import { QA, type TestSandbox, testSandbox } from '../testing/calls.ts'

// GET /__sandbox/status shows the parity; POST /__sandbox/parity switches it (e2e tests do); bad input gets one
// line that names the problem; reset goes back to the parity the sandbox started with.

let t: TestSandbox
afterEach(() => t.s.shutdown())

const status = async () => (await (await t.control('/status')).json()) as Record<string, unknown>

describe('parity control', () => {
  it('reports the parity, the bypass key, the token lifetime and the limits', async () => {
    t = testSandbox()
    expect(await status()).toMatchObject({
      parity: 'sandbox',
      mfaBypassDevKey: MFA_BYPASS_DEV_KEY,
      tokenLifetimeHours: 'never',
      limits: { concurrentRequests: 3, requestsPerHour: 20_000, signInsPerHour: 200, enforced: false },
    })
  })

  it('switches to production and back; reset restores the starting parity', async () => {
    t = testSandbox()
    const switched = await t.control('/parity', { parity: 'production' })
    expect(await switched.json()).toMatchObject({ parity: 'production', tokenLifetimeHours: 48 })
    await t.control('/reset', {})
    expect(await status()).toMatchObject({ parity: 'sandbox' })
  })

  it.each([
    [{}, 'Send {"parity"'],
    [{ parity: 'prod' }, 'parity must be one of sandbox, production.'],
    [{ tokenLifetimeHours: 0 }, 'tokenLifetimeHours must be'],
    [{ tokenLifetimeHours: 'forever' }, 'tokenLifetimeHours must be'],
  ])('refuses %j with one line', async (body, message) => {
    t = testSandbox()
    const res = await t.control('/parity', body)
    expect(res.status).toBe(400)
    const { error } = (await res.json()) as { error: string }
    expect(error).toContain(message)
    expect(error).not.toContain('\n')
    expect(await status()).toMatchObject({ parity: 'sandbox' })
  })

  it.each([
    [{ devKey: 'nope', requests: 1 }, 'a seeded dev key'],
    [{ devKey: QA.devKey, requests: -1 }, 'requests must be'],
    [{ devKey: QA.devKey, requests: 20_001 }, 'requests must be'],
    [{ devKey: QA.devKey, signIns: 1.5 }, 'signIns must be'],
  ])('usage refuses %j', async (body, message) => {
    t = testSandbox()
    const res = await t.control('/usage', body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toContain(message)
  })
})
