import { billPath, matchEndpoint } from '../bill/endpoints.ts'
import { knownHost } from '../bill/hosts.ts'
import type { BillTarget } from './types.ts'

/** "localhost", "127.0.0.1:4010" or "http://localhost:4010/x" → "localhost" / "127.0.0.1:4010" / "localhost:4010". */
function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
}

/** An extra host given without a port matches any port; with a port, only that one. */
function isExtraHost(u: URL, extraHosts: readonly string[]): boolean {
  return extraHosts.some((h) => {
    const want = normalizeHost(h)
    return want !== '' && (want.includes(':') ? want === u.host : want === u.hostname)
  })
}

/** Pathname of a URL whose host is an unresolved variable, e.g. "{{baseUrl}}/v3/mfa/setup?x=1". */
function unresolvedPath(url: string): string | undefined {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
  if (!/^(?:\{\{|%7b%7b)/i.test(rest)) return undefined
  const slash = rest.indexOf('/')
  return slash < 0 ? undefined : rest.slice(slash).replace(/[?#].*$/, '')
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`)
  } catch {
    return undefined
  }
}

function target(pathname: string, method: string, fallback: BillTarget['api'] | undefined) {
  const where = billPath(pathname)
  const api = where?.api ?? fallback
  if (!api) return undefined
  const endpoint = matchEndpoint(method, pathname)
  return { api, pathname, ...(endpoint ? { endpoint } : {}) }
}

/**
 * Where a request goes in BILL's API, or undefined when it is not BILL's. BILL's requests are those to
 * BILL's own hosts, to the extra hosts given (mock servers), and, when the host is still a variable
 * such as Postman's {{baseUrl}}, those whose path is a BILL path.
 */
export function billTarget(
  method: string,
  url: string,
  extraHosts: readonly string[] = [],
): BillTarget | undefined {
  const variablePath = unresolvedPath(url)
  if (variablePath !== undefined)
    return billPath(variablePath) ? target(variablePath, method, undefined) : undefined
  const u = parseUrl(url)
  if (!u) return undefined
  const host = knownHost(u.hostname)
  if (host) {
    const t = target(u.pathname, method, host.api)
    return t && { ...t, host }
  }
  if (isExtraHost(u, extraHosts)) return target(u.pathname, method, /\.json$/i.test(u.pathname) ? 'v2' : 'v3')
  return undefined
}
