import { billPath } from '../../shared/bill/endpoints.ts'
import { knownHost } from '../../shared/bill/hosts.ts'
import { billTargetOfUrl } from '../../shared/bill/proxied-url.ts'

const LOCAL_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * Whether a request may be BILL's, before profiles are known: BILL's hosts, or any host with a BILL path
 * (custom base URLs keep /v3/... and /api/v2/X.json), or a BILL URL inside a CORS proxy's URL (API-docs
 * consoles' "Try it"). Only these have their response body read.
 */
export function mayBeBill(url: string): boolean {
  const u = parse(url)
  if (u === undefined) return false
  return (
    knownHost(u.hostname) !== undefined ||
    billPath(u.pathname) !== undefined ||
    billTargetOfUrl(u) !== undefined
  )
}

/** The host of a base URL, e.g. "127.0.0.1:4010", or undefined for a malformed one. */
export function hostOf(baseUrl: string): string | undefined {
  return parse(baseUrl)?.host
}

/**
 * The extra hosts the rules engine should treat as BILL's for this request: the active profile's custom
 * hosts, plus the request's own host when it is a local server answering on a BILL path (the sandbox).
 */
export function billHostsFor(url: string, profileHosts: readonly string[]): readonly string[] {
  const u = parse(url)
  if (!u || !LOCAL_HOSTNAMES.has(u.hostname) || billPath(u.pathname) === undefined) return profileHosts
  return [...profileHosts, u.host]
}
