// Whether a URL is a base URL or below it. A plain prefix test would let "/connectX" pass for "/connect", or
// "https://host.evil" for "https://host": the origin must be equal and the path continue at a "/".

/** True when `url` is `base` or below it: same origin (scheme, host, port), path continuing at a "/" boundary. */
export function isUnderBase(url: string | URL, base: string): boolean {
  try {
    const u = typeof url === 'string' ? new URL(url) : url
    const b = new URL(base)
    const basePath = b.pathname.replace(/\/+$/, '')
    return u.origin === b.origin && (u.pathname === basePath || u.pathname.startsWith(`${basePath}/`))
  } catch {
    return false
  }
}
