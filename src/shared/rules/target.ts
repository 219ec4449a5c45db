import { billPath, endpointAt } from '../bill/endpoints.ts'
import { billScopeOfUrl } from '../bill/scope.ts'
import type { BillTarget } from './types.ts'

/** Pathname of a URL whose host is an unresolved variable, e.g. "{{baseUrl}}/v3/mfa/setup?x=1". */
function unresolvedPath(url: string): string | undefined {
  if (!url.includes('{{') && !/%7b%7b/i.test(url)) return undefined
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
  const endpoint = where && endpointAt(method, where)
  return { api, pathname, ...(endpoint ? { endpoint } : {}) }
}

/** URLs longer than this (tracking pixels, data in the query) are answered afresh, not kept. */
const MAX_KEPT_URL = 2048
/** billTarget's answers, by method (and extra hosts), then by URL. */
const answers = new Map<string, Map<string, Readonly<BillTarget> | undefined>>()

/**
 * Where a request goes in BILL's API, or undefined when it is not BILL's. Which requests are BILL's is
 * decided once, in bill/scope.ts (BILL's hosts, BILL paths on the extra hosts given and on loopback,
 * BILL's own path shapes anywhere, CORS proxies to any of them), and, when the host is still a variable
 * such as Postman's {{baseUrl}}, those whose path is a BILL path.
 */
export function billTarget(
  method: string,
  url: string,
  extraHosts: readonly string[] = [],
): BillTarget | undefined {
  // The answer depends on its arguments only, and BILL traffic calls the same URLs again and again (an
  // MFA challenge has one URL): answers are kept, by method and hosts, then by URL (no key is built per
  // call), and shared, so they are frozen.
  if (url.length > MAX_KEPT_URL) return resolveTarget(method, url, extraHosts)
  const scope = extraHosts.length === 0 ? method : JSON.stringify([method, ...extraHosts])
  let known = answers.get(scope)
  if (!known) {
    if (answers.size >= 64) answers.clear()
    known = new Map()
    answers.set(scope, known)
  }
  if (known.has(url)) return known.get(url)
  const answer = resolveTarget(method, url, extraHosts)
  if (known.size >= 1024) known.clear()
  known.set(url, answer && Object.freeze(answer))
  return answer
}

function resolveTarget(method: string, url: string, extraHosts: readonly string[]): BillTarget | undefined {
  const variablePath = unresolvedPath(url)
  if (variablePath !== undefined)
    return billPath(variablePath) ? target(variablePath, method, undefined) : undefined
  const u = parseUrl(url)
  const found = u && billScopeOfUrl(u, extraHosts)
  if (!found) return undefined
  // A CORS proxy's URL carries BILL's inside it: the rules look at the embedded one's path.
  const { pathname } = found.proxied ? new URL(found.url) : u
  const { host } = found
  if (host) {
    const t = target(pathname, method, host.api)
    return t && { ...t, host, ...(found.proxied ? { proxied: true } : {}) }
  }
  const t = target(pathname, method, /\.json$/i.test(pathname) ? 'v2' : 'v3')
  return t && { ...t, ...(found.proxied ? { proxied: true } : {}) }
}
