import type { BillError } from './errors.ts'
import type { BillApi } from './hosts.ts'
import { describeFailure } from './messages.ts'

// Sends one request and reads the whole body, turning every way fetch can fail into a BillError.

export const DEFAULT_TIMEOUT_MS = 20_000

/** What every raw call needs: where BILL is, the developer key, and how to reach it. */
export interface BillContext {
  baseUrl: string
  devKey: string
  /** Default: globalThis.fetch. */
  fetch?: typeof fetch
  timeoutMs?: number
}

export interface RawResponse {
  status: number
  contentType: string
  text: string
}

export type Sent = { ok: true; response: RawResponse } | { ok: false; error: BillError }

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host
  } catch {
    return undefined
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
  try {
    const res = await doFetch(url, { ...init, signal: combined })
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
