import { BASE_URLS } from '../../shared/bill/hosts.ts'

// Which upstream a path goes to. A request keeps its path: /connect/v3/login on the proxy is
// /connect/v3/login on the target (after the target URL's own path, if it has one).

export interface Route {
  /** Path prefix on the proxy, e.g. "/api/v2/" or "/connect/". */
  prefix: string
  /** The target's origin, e.g. "http://127.0.0.1:4010". */
  origin: string
  /** The target URL's path without a trailing slash ("" for none). */
  basePath: string
}

const pathOf = (base: string) => new URL(base).pathname
const originOf = (base: string) => new URL(base).origin

/** BILL's sandbox base URLs (hosts.ts): the v2 prefix /api/v2/ and the v3 prefix /connect/. */
export const DEFAULT_PREFIXES = [`${pathOf(BASE_URLS.sandbox.v2)}/`, `${pathOf(BASE_URLS.sandbox.v3)}/`]

export const DEFAULT_ROUTES: readonly Route[] = [
  { prefix: DEFAULT_PREFIXES[0] as string, origin: originOf(BASE_URLS.sandbox.v2), basePath: '' },
  { prefix: DEFAULT_PREFIXES[1] as string, origin: originOf(BASE_URLS.sandbox.v3), basePath: '' },
]

export class TargetError extends Error {}

function parseBase(url: string): { origin: string; basePath: string } {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new TargetError(`invalid --target URL: ${url}`)
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new TargetError(`--target must be an http or https URL: ${url}`)
  if (u.username || u.password || u.search || u.hash)
    throw new TargetError(`--target takes an origin and an optional path, nothing else: ${url}`)
  return { origin: u.origin, basePath: u.pathname.replace(/\/+$/, '') }
}

/**
 * The routes for the --target values: "URL" sends both BILL prefixes there (a mock server or the local
 * sandbox); "/prefix/=URL" sets one prefix. The last value for a prefix wins; unnamed prefixes keep BILL's.
 */
export function routesFor(targets: readonly string[]): Route[] {
  const routes = new Map(DEFAULT_ROUTES.map((r) => [r.prefix, r]))
  for (const spec of targets) {
    const eq = spec.indexOf('=')
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a "/..." without "=" fails in parseBase with the same message on either branch
    if (spec.startsWith('/') && eq > 0) {
      const prefix = spec.slice(0, eq).replace(/\/*$/, '/')
      routes.set(prefix, { prefix, ...parseBase(spec.slice(eq + 1)) })
    } else {
      const base = parseBase(spec)
      for (const prefix of DEFAULT_PREFIXES) routes.set(prefix, { prefix, ...base })
    }
  }
  // Longest prefix first, so /connect/v3/ beats /connect/.
  return [...routes.values()].sort((a, b) => b.prefix.length - a.prefix.length)
}

/**
 * The request target with its dot segments resolved, as a URL parser on the target reads it: matched and
 * forwarded so, so that "/connect/../__sandbox/sms" is "/__sandbox/sms" and outside every prefix.
 * Undefined when the target is not a path (absolute-form or "*").
 */
export function resolvedPath(target: string): string | undefined {
  if (!target.startsWith('/')) return undefined
  // Prefixed with an origin, not resolved against one: "//host/x" stays a path.
  const url = new URL(`http://proxy.invalid${target}`)
  return `${url.pathname}${url.search}`
}

/** The route for a request path (path and query as sent), or undefined when no prefix matches. */
export function routeFor(routes: readonly Route[], path: string): Route | undefined {
  // Stryker disable next-line Regex: a request target holds no line break, so ".*" reaches the end with or without "$"
  const pathname = path.replace(/[?#].*$/, '')
  return routes.find((r) => pathname.startsWith(r.prefix) || `${pathname}/` === r.prefix)
}

/** The upstream URL of a request path under its route. */
export function upstreamUrl(route: Route, path: string): string {
  return `${route.origin}${route.basePath}${path}`
}
