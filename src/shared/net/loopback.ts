// Local servers (the lint proxy, the sandbox) and web pages. DNS rebinding lets a page give its own host
// name to 127.0.0.1 and read the answers, so such a server checks the Host it was asked for; a page's
// cross-site request carries its Origin, so that is checked too.

const LOOPBACK_HOSTNAMES: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]'])

// A Host header is a host name or address and an optional port: nothing a URL could read as user info or path.
const HOST_SHAPE = /^[\w.-]+(?::\d+)?$|^\[[\da-f:.]+\](?::\d+)?$/i

/** Whether a Host header names this machine (and, when given, this port). */
export function isLoopbackHost(host: string | undefined, port?: number): boolean {
  if (!host || !HOST_SHAPE.test(host)) return false
  let url: URL
  try {
    url = new URL(`http://${host}`)
  } catch {
    return false
  }
  return LOOPBACK_HOSTNAMES.has(url.hostname) && (port === undefined || Number(url.port || 80) === port)
}

/** Whether an Origin header is a page served from this machine (any port). "null" is not. */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin)
    return url.origin === origin && /^https?:$/.test(url.protocol) && LOOPBACK_HOSTNAMES.has(url.hostname)
  } catch {
    return false
  }
}
