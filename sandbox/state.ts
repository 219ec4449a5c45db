import { SEED_ACCOUNTS, type SeedAccount } from './accounts.ts'
import { createClock, type SandboxClock } from './clock.ts'
import type { PathMatcher } from './control/fault-path.ts'
import type { ResolvedSandboxOptions } from './options.ts'
import type { Parity, TokenLifetime } from './parity.ts'

// Everything one sandbox instance remembers. All times are sandbox-clock epoch ms.

export interface MfaPhone {
  number: string
  primary: boolean
}

export interface Account {
  seed: SeedAccount
  phones: MfaPhone[]
  /** When texts were sent, for the 5-per-minute limit. */
  textsSentAt: number[]
}

export interface Session {
  id: string
  username: string
  devKey: string
  lastUsedAt: number
  createdAt: number
  trusted: boolean
  /** Sync-token sessions do not idle out. */
  token: boolean
}

/** A six-digit code waiting for its answer: an MFA challenge or a phone setup. */
export interface PendingCode {
  id: string
  username: string
  code: string
  createdAt: number
  wrongAttempts: number
  /** For phone setups: the phone that becomes an MFA phone once validated. */
  phone?: MfaPhone
}

export interface RememberedDevice {
  id: string
  username: string
  device: string
  expiresAt: number
}

export interface SentText {
  to: string
  code: string
  purpose: 'mfa-challenge' | 'phone-setup'
  sentAt: string
}

export interface RequestRecord {
  at: string
  method: string
  path: string
  status: number
  ms: number
  /** The request body with secrets redacted, as text cut to a few KB (JSON text for JSON and form bodies). */
  body?: string
  /** The fault the sandbox injected, if any. */
  fault?: string
}

export interface Fault {
  path: string
  /** The path as plain strings to compare (never a regular expression). */
  matcher: PathMatcher
  mode: 'http500' | 'html502' | 'malformed-json' | 'delay' | 'drop'
  delayMs: number
  remaining: number
}

/** One dev key's counts for the clock hour it started in (BILL's hourly limits restart on the hour). */
export interface HourUsage {
  hour: number
  requests: number
  signIns: number
}

export interface SandboxState {
  options: ResolvedSandboxOptions
  /** Starts as options.parity; the control API switches it. */
  parity: Parity
  /** Starts as options.tokenLifetimeHours; the control API sets it. undefined: the parity's default. */
  tokenLifetimeHours: TokenLifetime | undefined
  /** Per dev key, for the hourly limits (production parity). */
  usage: Map<string, HourUsage>
  /** Requests being answered, per dev key and organization (production parity). */
  inFlight: Map<string, number>
  clock: SandboxClock
  accounts: Account[]
  sessions: Map<string, Session>
  challenges: Map<string, PendingCode>
  phoneSetups: Map<string, PendingCode>
  remembered: Map<string, RememberedDevice>
  texts: SentText[]
  requests: RequestRecord[]
  faults: Fault[]
  /** Back to the seeded accounts, the starting parity and the real time. */
  reset(): void
}

function seededAccounts(): Account[] {
  return SEED_ACCOUNTS.map((seed) => ({
    seed,
    phones: seed.phone ? [{ number: seed.phone, primary: true }] : [],
    textsSentAt: [],
  }))
}

export function createState(options: ResolvedSandboxOptions): SandboxState {
  const state: SandboxState = {
    options,
    parity: options.parity,
    tokenLifetimeHours: options.tokenLifetimeHours,
    usage: new Map(),
    inFlight: new Map(),
    clock: createClock(),
    accounts: seededAccounts(),
    sessions: new Map(),
    challenges: new Map(),
    phoneSetups: new Map(),
    remembered: new Map(),
    texts: [],
    requests: [],
    faults: [],
    reset() {
      state.clock.reset()
      state.parity = options.parity
      state.tokenLifetimeHours = options.tokenLifetimeHours
      state.usage.clear()
      state.accounts = seededAccounts()
      for (const m of [state.sessions, state.challenges, state.phoneSetups, state.remembered]) m.clear()
      state.texts = []
      state.requests = []
      state.faults = []
    },
  }
  return state
}

export function findAccount(state: SandboxState, username: string): Account | undefined {
  const name = username.trim().toLowerCase()
  return state.accounts.find((a) => a.seed.username === name)
}
