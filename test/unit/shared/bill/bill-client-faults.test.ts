import { afterEach, describe, expect, it } from 'vitest'
import type { BillApi } from '../../../../src/shared/bill/hosts.ts'
import {
  credentials,
  failed,
  type Harness,
  overHttp,
  QA,
  succeeded,
  TRANSPORTS,
} from '../../bill-client-harness.ts'

// Every fault mode of the sandbox, for both APIs and both transports: the client must answer with the
// right kind of BillError and never throw.

const APIS: BillApi[] = ['v2', 'v3']
const loginPath = (api: BillApi) => (api === 'v2' ? '/api/v2/Login.json' : '/connect/v3/login')

describe.each(TRANSPORTS)('faults (%s)', (_name, start) => {
  let h: Harness
  afterEach(() => h.close())

  describe.each(APIS)('%s', (api) => {
    it.each([
      ['http500', 'server', 500],
      ['html502', 'server', 502],
      ['malformed-json', 'malformed-response', 200],
    ] as const)('%s → %s', async (mode, kind, httpStatus) => {
      h = await start()
      await h.control('/faults', { path: loginPath(api), mode, count: 1 })
      const error = failed(await h.client(api).login(credentials(QA)))
      expect(error).toMatchObject({ kind, httpStatus, api })
      // The fault was used up: the next call works.
      succeeded(await h.client(api).login(credentials(QA)))
    })

    it('delay beyond the timeout → timeout', async () => {
      h = await start()
      await h.control('/faults', { path: loginPath(api), mode: 'delay', delayMs: 5_000 })
      const error = failed(await h.client(api, QA, 50).login(credentials(QA)))
      expect(error).toMatchObject({ kind: 'timeout', api })
      expect(error.cancelled).toBeUndefined()
    })

    it('a short delay still answers', async () => {
      h = await start()
      await h.control('/faults', { path: loginPath(api), mode: 'delay', delayMs: 10 })
      succeeded(await h.client(api).login(credentials(QA)))
      const [record] = await h.control<{ fault?: string }[]>('/requests')
      expect(record?.fault).toBe('delay')
    })

    it('drop → network', async () => {
      h = await start()
      await h.control('/faults', { path: loginPath(api), mode: 'drop' })
      expect(failed(await h.client(api).login(credentials(QA)))).toMatchObject({ kind: 'network', api })
    })

    it('the caller cancelling → timeout marked cancelled', async () => {
      h = await start()
      await h.control('/faults', { path: loginPath(api), mode: 'delay', delayMs: 5_000 })
      const controller = new AbortController()
      const pending = h.client(api).login(credentials(QA), controller.signal)
      controller.abort()
      expect(failed(await pending)).toMatchObject({ kind: 'timeout', cancelled: true })
    })
  })

  it('faults match by regular expression and count down', async () => {
    h = await start()
    await h.control('/faults', { path: '^/connect/v3/(login|logout)$', mode: 'http500', count: 2 })
    const bill = h.client('v3')
    expect(failed(await bill.login(credentials(QA))).kind).toBe('server')
    expect(failed(await bill.login(credentials(QA))).kind).toBe('server')
    succeeded(await bill.login(credentials(QA)))
    expect(await h.control('/faults')).toEqual({ faults: [] })
  })
})

it('a refused connection → network', async () => {
  const h = await overHttp()
  await h.close()
  const error = failed(await h.client('v3').login(credentials(QA)))
  expect(error.kind).toBe('network')
  expect(error.message).toContain('127.0.0.1')
})
