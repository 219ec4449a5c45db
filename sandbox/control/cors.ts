import type { MiddlewareHandler } from 'hono'

// Off by default: BILL documents no CORS, so a page calling it directly would fail, and the sandbox should
// fail the same way. --cors lets a plain web page (not the extension) call the sandbox while debugging.
export function billCors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'content-type, devKey, sessionId',
        'Access-Control-Max-Age': '600',
      })
    }
    await next()
    c.res.headers.set('Access-Control-Allow-Origin', '*')
  }
}
