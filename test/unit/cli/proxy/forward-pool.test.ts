import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { proxyInFront, send } from './proxy-in-front.ts'

// The connection pool's bound. The proxy is started inside the test, so the pool is created by this test's
// first call (Stryker's per-test coverage gives a mutant of the pool's options to the tests that create it).

/** Resolves after `ms` with what `read()` gives then: bounds how long a test waits for something that must not come. */
const later = <T>(ms: number, read: () => T) => new Promise<T>((r) => setTimeout(() => r(read()), ms))

describe('the forwarder’s connection pool', () => {
  it('sends at most 16 calls at once to one target; the next waits for a free connection', async () => {
    const held: ServerResponse[] = []
    let arrived: () => void = () => undefined
    const at = await proxyInFront((req, res) => {
      req.resume()
      req.on('end', () => {
        held.push(res)
        arrived()
      })
    })
    const count = (n: number) =>
      new Promise<void>((r) => {
        arrived = () => held.length >= n && r()
      })
    try {
      const sixteen = count(16)
      const answers = Array.from({ length: 17 }, (_, i) =>
        send(`${at.proxy.url}/connect/v3/hold/${i}`, 'POST', {}, '{}'),
      )
      await sixteen
      expect(await later(300, () => held.length)).toBe(16)
      const seventeen = count(17)
      held[0]?.end('ok')
      await seventeen
      for (const res of held.slice(1)) res.end('ok')
      expect((await Promise.all(answers)).map((a) => a.status)).toEqual(Array(17).fill(200))
    } finally {
      await at.close()
    }
  })
})
