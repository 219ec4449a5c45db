import { billPath, endpointAt } from './endpoints.ts'
import { KNOWN_HOSTS, knownHost } from './hosts.ts'
import { type BillUrl, billTargetOfUrl } from './proxied-url.ts'

// What counts as BILL traffic: the one decision the panel, the HAR inspector, the CLI, the lint proxy and
// the every-tab watcher share (through billTarget in rules/target.ts). A request is BILL's when it goes to
//  - one of BILL's hosts (any path), or through a CORS proxy to one;
//  - an extra host (a profile's custom base URL, `--host`, `--target`) on a BILL path;
//  - a loopback server (the local sandbox, a mock) on a BILL path;
//  - any host on BILL's own path shapes: /connect/v3/..., or /api/v2/<a v2 endpoint BILL has>.json. A
//    look-alike (the sandbox, a recorded mock, a reverse proxy) answers there; another API's /v3/mfa/...
//    on its own host does not count.
// Without BILL's path, pages, scripts and styles of a custom or local host stay other traffic.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** BILL's own path shapes, which count on any host: /connect/v3/… and /api/v2/<known endpoint>.json. */
export function isBillOwnPath(pathname: string): boolean {
  const where = billPath(pathname)
  if (!where) return false
  if (where.api === 'v3') return /\/connect\/v3\//i.test(pathname)
  return /(?:^|\/)api\/v2\//i.test(pathname) && endpointAt('POST', where) !== undefined
}

/** Where a request to `u` really goes when it is BILL traffic (see above); undefined for anything else. */
export function billScopeOfUrl(u: URL, extraHosts: readonly string[] = []): BillUrl | undefined {
  const found = billTargetOfUrl(u, extraHosts)
  if (found?.host || found?.proxied) return found
  if (found) return billPath(u.pathname) ? found : undefined
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
  const inScope = LOOPBACK.has(u.hostname) ? billPath(u.pathname) !== undefined : isBillOwnPath(u.pathname)
  return inScope ? { url: u.href, host: undefined, proxied: false } : undefined
}

/**
 * Text that every URL in scope without extra hosts holds, whatever the case: a BILL host name (also when
 * carried inside a proxy's URL), a BILL path's "/v3/" or "/v2/", or a {{variable}} host. A URL with none
 * of them is other traffic: readers skip it without parsing.
 */
export const BILL_URL_TERMS: readonly string[] = [
  ...KNOWN_HOSTS.map((h) => h.host),
  '/v3/',
  '/v2/',
  '{{',
  '%7b%7b',
]

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * Whether a request may be BILL's before the extra hosts are known: BILL's hosts, any host with a BILL
 * path, or a BILL URL inside a CORS proxy's URL. A superset of the scope, for deciding which response
 * bodies to keep.
 */
export function mayBeBillUrl(url: string): boolean {
  const u = parse(url)
  if (u === undefined) return false
  return knownHost(u.hostname) !== undefined || billPath(u.pathname) !== undefined || !!billTargetOfUrl(u)
}
