import { billPath, endpointAt } from '../bill/endpoints.ts'
import { billScopeOfUrl } from '../bill/scope.ts'
import type { BillTarget } from './types.ts'

/** Pathname of a URL whose host is an unresolved variable, e.g. "{{baseUrl}}/v3/mfa/setup?x=1". */
function unresolvedPath(url: string): string | undefined {
  // A shortcut for most URLs: the test of `rest` below says the same.
  // Stryker disable next-line ConditionalExpression,StringLiteral: the shortcut above
  if (!url.includes('{{') && !/%7b%7b/i.test(url)) return undefined
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
  if (!/^(?:\{\{|%7b%7b)/i.test(rest)) return undefined
  const slash = rest.indexOf('/')
  // Never 0 (`rest` opens with the variable); without a "/", the last character read as a path is no BILL path.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  return slash < 0 ? undefined : rest.slice(slash).split(/[?#]/)[0]
}

function parseUrl(url: string): URL | undefined {
  const full = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`
  return URL.canParse(full) ? new URL(full) : undefined
}

function target(pathname: string, method: string, fallback: BillTarget['api']): BillTarget {
  const where = billPath(pathname)
  const endpoint = where && endpointAt(method, where)
  return { api: where?.api ?? fallback, pathname, ...(endpoint ? { endpoint } : {}) }
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
  // Stryker disable next-line ArrayDeclaration: a default list holding a name no URL has reads the same
  extraHosts: readonly string[] = [],
): BillTarget | undefined {
  // The answer depends on its arguments only, and BILL traffic calls the same URLs again and again (an
  // MFA challenge has one URL): answers are kept, by method and hosts, then by URL (no key is built per
  // call), and shared, so they are frozen. Keeping more, fewer or none gives the same answers: the cache's
  // bounds and shortcuts have equivalent mutants, marked below.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound
  if (url.length > MAX_KEPT_URL) return resolveTarget(method, url, extraHosts)
  // Stryker disable next-line ConditionalExpression: any key that keeps host lists apart will do
  const scope = extraHosts.length === 0 ? method : JSON.stringify([method, ...extraHosts])
  let known = answers.get(scope)
  // Stryker disable next-line ConditionalExpression: a fresh map each time only forgets
  if (!known) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound
    if (answers.size >= 64) answers.clear()
    known = new Map()
    answers.set(scope, known)
  }
  // Stryker disable next-line ConditionalExpression: the answer computed again is the same
  if (known.has(url)) return known.get(url)
  const answer = resolveTarget(method, url, extraHosts)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound
  if (known.size >= 1024) known.clear()
  known.set(url, answer && Object.freeze(answer))
  return answer
}

function resolveTarget(method: string, url: string, extraHosts: readonly string[]): BillTarget | undefined {
  const variablePath = unresolvedPath(url)
  if (variablePath !== undefined) {
    const where = billPath(variablePath)
    return where && target(variablePath, method, where.api)
  }
  const u = parseUrl(url)
  const found = u && billScopeOfUrl(u, extraHosts)
  if (!found) return undefined
  // A CORS proxy's URL carries BILL's inside it: the rules look at the embedded one's path.
  const { pathname } = found.proxied ? new URL(found.url) : u
  const { host } = found
  if (host) {
    return { ...target(pathname, method, host.api), host, ...(found.proxied ? { proxied: true } : {}) }
  }
  const api = /\.json$/i.test(pathname) ? 'v2' : 'v3'
  return { ...target(pathname, method, api), ...(found.proxied ? { proxied: true } : {}) }
}
