import type { Parity, TokenLifetime } from './parity.ts'

// Settings of one sandbox instance (CLI flags map onto these).
export interface SandboxOptions {
  /** Imitate BILL's sandbox (default) or its production rules; the control API can switch it later. */
  parity?: Parity
  /** Sync-token sessions end after this many hours, or `never` (default: 48 in production parity, else never). */
  tokenLifetimeHours?: TokenLifetime
  /** A session without calls ends after this long (BILL: 35 minutes). */
  idleTimeoutSeconds?: number
  /** SMS codes expire after this long (BILL's web app: five minutes). */
  codeTtlSeconds?: number
  /** Answer CORS preflights on BILL paths (real BILL documents no CORS; off by default). */
  cors?: boolean
  /** Print one line per request. */
  quiet?: boolean
  /** Where the log lines go (default: console.log). */
  log?: (line: string) => void
}

export interface ResolvedSandboxOptions {
  parity: Parity
  /** undefined: follow the parity (48 hours in production, never in sandbox). */
  tokenLifetimeHours: TokenLifetime | undefined
  idleTimeoutMs: number
  codeTtlMs: number
  cors: boolean
  quiet: boolean
  log: (line: string) => void
}

export const DEFAULT_IDLE_TIMEOUT_SECONDS = 35 * 60
export const DEFAULT_CODE_TTL_SECONDS = 5 * 60

export function resolveOptions(opts: SandboxOptions): ResolvedSandboxOptions {
  return {
    parity: opts.parity ?? 'sandbox',
    tokenLifetimeHours: opts.tokenLifetimeHours,
    idleTimeoutMs: (opts.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS) * 1000,
    codeTtlMs: (opts.codeTtlSeconds ?? DEFAULT_CODE_TTL_SECONDS) * 1000,
    cors: opts.cors ?? false,
    quiet: opts.quiet ?? false,
    log: opts.log ?? ((line) => console.log(line)),
  }
}
