import { SEED_ACCOUNTS, type SeedAccount } from '../../sandbox/accounts.ts'
import { createSandboxApp } from '../../sandbox/app.ts'
import type { SandboxOptions } from '../../sandbox/options.ts'
import { startSandbox } from '../../sandbox/server.ts'
import type { SentText } from '../../sandbox/state.ts'
import { type BillClient, createBillClient } from '../../src/shared/bill/client.ts'
import type { BillApi } from '../../src/shared/bill/hosts.ts'

// One way to drive the sandbox from tests, in-process (app.request) or over real HTTP.
export interface Harness {
  transport: 'in-process' | 'http'
  origin: string
  fetch: typeof fetch
  client(api: BillApi, account?: SeedAccount, timeoutMs?: number): BillClient
  /** POST (with a body) or GET a control endpoint under /__sandbox. */
  control<T = unknown>(path: string, body?: unknown): Promise<T>
  /** The newest code texted to a phone. */
  lastCode(to: string): Promise<string>
  close(): Promise<void>
}

export const [QA, NO_PHONE, SYNC] = SEED_ACCOUNTS as [SeedAccount, SeedAccount, SeedAccount]

const IDLE_TIMEOUT_MS = 35 * 60 * 1000

function harness(
  transport: Harness['transport'],
  origin: string,
  doFetch: typeof fetch,
  close: () => Promise<void>,
): Harness {
  const control = async <T>(path: string, body?: unknown): Promise<T> => {
    const init: RequestInit =
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
    const res = await doFetch(`${origin}/__sandbox${path}`, init)
    return (await res.json()) as T
  }
  return {
    transport,
    origin,
    fetch: doFetch,
    control,
    client: (api, account = QA, timeoutMs) =>
      createBillClient({
        api,
        baseUrls: { v2: `${origin}/api/v2`, v3: `${origin}/connect` },
        devKey: account.devKey,
        fetch: doFetch,
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
    async lastCode(to) {
      const texts = await control<SentText[]>(`/sms?to=${encodeURIComponent(to)}`)
      const last = texts.at(-1)
      if (!last) throw new Error(`no text was sent to ${to}`)
      return last.code
    },
    close,
  }
}

export function inProcess(opts: SandboxOptions = {}): Harness {
  const sandbox = createSandboxApp({ quiet: true, ...opts })
  return harness('in-process', new URL(sandbox.v3Base).origin, sandbox.fetch, async () => sandbox.shutdown())
}

export async function overHttp(opts: SandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ quiet: true, port: 0, ...opts })
  return harness('http', sandbox.origin, (input, init) => fetch(input, init), sandbox.close)
}

/** Moves the sandbox clock past the 35-minute idle timeout. */
export function passIdleTimeout(h: Harness): Promise<unknown> {
  return h.control('/clock', { advanceMs: IDLE_TIMEOUT_MS + 1000 })
}

/** A value from a result that must have succeeded (the test fails with BILL's error otherwise). */
export function succeeded<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`)
  return r.value
}

/** The error of a result that must have failed. */
export function failed<E>(r: { ok: true; value: unknown } | { ok: false; error: E }): E {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`)
  return r.error
}

export const credentials = (a: SeedAccount) => ({
  username: a.username,
  password: a.password,
  organizationId: a.organizationId,
})

/** Every client test runs over both: the app called in-process, and a real HTTP server. */
export const TRANSPORTS = [
  ['in-process', async () => inProcess()],
  ['http', () => overHttp()],
] as const
