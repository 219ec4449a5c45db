import type { HttpBindings } from '@hono/node-server'
import type { MiddlewareHandler } from 'hono'
import { isLoopbackHost } from '../../src/shared/net/loopback.ts'

// The control API resets state, plants faults and shows texts and passwords: only this machine's programs and
// the sandbox's own pages may use it. A page on another site can send a "no-cors" POST (text/plain or a form,
// never JSON) with its Origin, and a DNS-rebinding page arrives with its own host name in Host.

// An installed extension's pages (the options page reads the seeded accounts): no web page can send these.
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[\w-]+$/

const isJson = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type ?? '')

export function controlGuard(): MiddlewareHandler {
  return async (c, next) => {
    // In-process requests (tests' app.request) never crossed a network; only socket requests have a Host to check.
    const overHttp = (c.env as Partial<HttpBindings> | undefined)?.incoming !== undefined
    const host = c.req.header('host')
    if (overHttp && !isLoopbackHost(host))
      return c.json(
        { error: `The control API answers only 127.0.0.1, localhost or [::1], not ${host}.` },
        403,
      )
    const origin = c.req.header('origin')
    if (origin !== undefined && origin !== new URL(c.req.url).origin && !EXTENSION_ORIGIN.test(origin))
      return c.json({ error: `The control API does not take requests from pages on ${origin}.` }, 403)
    if (c.req.method === 'POST' && !isJson(c.req.header('content-type')))
      return c.json({ error: 'Send the control request as JSON (Content-Type: application/json).' }, 415)
    await next()
  }
}
