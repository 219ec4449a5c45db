import type { BillError } from './errors.ts'
import type { BillApi } from './hosts.ts'
import { describeFailure } from './messages.ts'

// Sends one request and reads the whole body, turning every way fetch can fail into a BillError.

const DEFAULT_TIMEOUT_MS = 20_000

/** What every raw call needs: where BILL is, the developer key, and how to reach it. */
export interface BillContext {
  baseUrl: string
  devKey: string
  /** Default: globalThis.fetch. */
  fetch?: typeof fetch
  timeoutMs?: number
  /**
   * Asked before every request: may a secret go to this URL's origin? The background answers from the granted
   * host permissions; without it every origin is allowed (the CLI, tests).
   */
  hostAllowed?: (url: string) => Promise<boolean>
}

export interface RawResponse {
  status: number
  contentType: string
  text: string
}

export type Sent = { ok: true; response: RawResponse } | { ok: false; error: BillError }

const hostOf = (url: string): string | undefined => (URL.canParse(url) ? new URL(url).host : undefined)

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/**
 * BILL's API never redirects, so a redirect is refused, never followed: following it would send the password,
 * dev key or session id to wherever it points. Browsers give an opaque answer (status 0, no Location), Node the
 * 3xx with its Location.
 */
function redirectTarget(res: Response, url: string): { target?: string } | undefined {
  if (res.type !== 'opaqueredirect' && !REDIRECTS.has(res.status)) return undefined
  const location = res.headers.get('location')
  if (!location) return {}
  try {
    return { target: new URL(location, url).host }
  } catch {
    return {}
  }
}

export async function send(
  ctx: BillContext,
  api: BillApi,
  url: string,
  init: RequestInit,
  signal?: AbortSignal,
): Promise<Sent> {
  const timeoutMs = ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const doFetch =
    ctx.fetch ?? ((input: RequestInfo | URL, options?: RequestInit) => globalThis.fetch(input, options))
  if (ctx.hostAllowed && !(await ctx.hostAllowed(url))) {
    const host = hostOf(url)
    return {
      ok: false,
      error: { kind: 'host-not-granted', api, message: describeFailure('host-not-granted', { host }) },
    }
  }
  try {
    const res = await doFetch(url, { ...init, redirect: 'manual', signal: combined })
    const redirected = redirectTarget(res, url)
    if (redirected) {
      await res.body?.cancel()
      const facts = { host: hostOf(url), ...redirected }
      return {
        ok: false,
        error: {
          kind: 'redirected',
          api,
          httpStatus: res.status,
          message: describeFailure('redirected', facts),
        },
      }
    }
    const text = await res.text()
    return {
      ok: true,
      response: { status: res.status, contentType: res.headers.get('content-type') ?? '', text },
    }
  } catch {
    if (signal?.aborted) {
      return {
        ok: false,
        error: { kind: 'timeout', api, cancelled: true, message: 'The request was cancelled.' },
      }
    }
    if (timeout.aborted) {
      return {
        ok: false,
        error: { kind: 'timeout', api, message: describeFailure('timeout', { timeoutMs }) },
      }
    }
    return {
      ok: false,
      error: { kind: 'network', api, message: describeFailure('network', { host: hostOf(url) }) },
    }
  }
}

/** A base URL and a path joined with exactly one slash. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
