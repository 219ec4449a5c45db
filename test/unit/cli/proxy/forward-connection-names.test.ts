import type { IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type InFront, proxyInFront, send } from './proxy-in-front.ts'

// Only the Connection header names headers to drop: another header whose value happens to be a header's name
// (a Vary, an Access-Control-Expose-Headers, a BILL custom header) names nothing, both ways.

describe('the forwarder reads header names from Connection only', () => {
  let at: InFront
  const seen: IncomingHttpHeaders[] = []

  beforeAll(async () => {
    at = await proxyInFront((req, res) => {
      req.resume()
      req.on('end', () => {
        seen.push(req.headers)
        res.writeHead(
          200,
          [
            ['Connection', 'x-gone-back'],
            ['X-Gone-Back', 'dropped'],
            ['Vary', 'X-Stays-Back'],
            ['X-Stays-Back', 'kept'],
          ].flat(),
        )
        res.end('ok')
      })
    })
  })
  afterAll(() => at?.close())

  it('keeps a header another header only mentions, and drops the one Connection names', async () => {
    const back = await send(
      `${at.proxy.url}/connect/v3/login`,
      'POST',
      {
        Connection: 'x-gone',
        'X-Gone': 'dropped',
        'X-Mentions': 'X-Stays, x-also',
        'X-Stays': 'kept',
        'X-Also': 'kept too',
      },
      '{}',
    )
    expect(seen[0]).toMatchObject({
      'x-mentions': 'X-Stays, x-also',
      'x-stays': 'kept',
      'x-also': 'kept too',
    })
    expect(seen[0]).not.toHaveProperty('x-gone')
    expect(back.headers).toMatchObject({ vary: 'X-Stays-Back', 'x-stays-back': 'kept' })
    expect(back.headers).not.toHaveProperty('x-gone-back')
  })
})
