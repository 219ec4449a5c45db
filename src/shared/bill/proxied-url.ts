import { type KnownHost, knownHost } from './hosts.ts'

// API-docs consoles send "Try it" calls through CORS proxies that carry the real URL inside their own:
// https://docs.example/cors/https://<bill-host>/connect/v3/..., or ?url=https%3A%2F%2F...
// Some proxies collapse "https://" to "https:/", and some encode the URL once more.

export interface BillUrl {
  /** The URL BILL (or the mock server) receives: the request's own URL, or the one embedded in it. */
  url: string
  /** BILL's host, or undefined for an extra host (a mock server or the local sandbox). */
  host: KnownHost | undefined
  /** True when the URL was found inside another server's URL (a CORS proxy). */
  proxied: boolean
}

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

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** One level of percent-decoding; a malformed escape is left as written instead of failing the whole text. */
function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run)
      } catch {
        return run
      }
    })
  }
}

// An embedded absolute URL: at the start, or after "/", "=" or "?"; one or two slashes after the scheme.
const EMBEDDED = /(?:^|[/=?])(https?):\/\/?([^/?#&\s]+)([^\s#]*)/gi

/** What an embedded URL needs to show before decoding: its scheme, or a percent escape (%3A, %68...). */
const MAY_EMBED = /https?:|%/i

function billHostOf(u: URL, extraHosts: readonly string[]): { host: KnownHost | undefined } | undefined {
  const host = knownHost(u.hostname)
  if (host) return { host }
  return isExtraHost(u, extraHosts) ? { host: undefined } : undefined
}

/** The first BILL URL written in `text`, as is or percent-encoded once or twice. */
function embeddedIn(text: string, extraHosts: readonly string[]): BillUrl | undefined {
  let current = text
  for (let level = 0; level < 3; level++) {
    for (const m of current.matchAll(EMBEDDED)) {
      const u = parse(`${m[1]}://${m[2]}${m[3]}`)
      const found = u && billHostOf(u, extraHosts)
      if (u && found) return { url: u.href, host: found.host, proxied: true }
    }
    const next = decodeOnce(current)
    if (next === current) break
    current = next
  }
  return undefined
}

/**
 * Where a request really goes when that is BILL (or one of the extra hosts): its own URL, or a BILL URL
 * embedded in a proxy's path or query. Undefined for anything else.
 */
export function billTargetOf(url: string, extraHosts: readonly string[] = []): BillUrl | undefined {
  const u = parse(url)
  return u && billTargetOfUrl(u, extraHosts)
}

/** billTargetOf for a URL already parsed. */
export function billTargetOfUrl(u: URL, extraHosts: readonly string[] = []): BillUrl | undefined {
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
  const own = billHostOf(u, extraHosts)
  if (own) return { url: u.href, host: own.host, proxied: false }
  // Most URLs carry no other URL: an embedded one shows its scheme, or is percent-encoded.
  const rest = `${u.pathname}${u.search}`
  if (!MAY_EMBED.test(rest)) return undefined
  // A proxy path carries the embedded URL's own query after it; a query parameter carries the whole URL.
  if (embeddedIn(u.pathname, extraHosts)) return embeddedIn(`${u.pathname}${u.search}`, extraHosts)
  for (const value of u.searchParams.values()) {
    const inValue = embeddedIn(value, extraHosts)
    if (inValue) return inValue
  }
  return undefined
}
