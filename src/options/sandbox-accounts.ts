import { isLoopbackOrigin } from '../shared/net/loopback.ts'
import { t } from '../ui/i18n/t.ts'
import type { ProfileDraft } from './profile-draft.ts'

// The local build's "local sandbox" preset reads the running sandbox's seeded accounts
// (GET /__sandbox/accounts) so that the form holds what that sandbox accepts. Only the user name, the
// organization and the dev key are kept; the passwords it also lists are dropped at once.

export type SandboxFill =
  | { ok: true; patch: Partial<ProfileDraft>; username: string }
  | { ok: false; message: string }

/** A seeded account list is a few hundred bytes: anything much bigger is not the sandbox. */
const MAX_ANSWER_CHARS = 64 * 1024
const TIMEOUT_MS = 3_000

const field = (o: unknown, name: string) => {
  const v = (o as Record<string, unknown> | null)?.[name]
  return typeof v === 'string' && v !== '' ? v : undefined
}

/** The sandbox's origin from the form's v3 base URL ("http://127.0.0.1:4010/connect" → "http://127.0.0.1:4010"). */
function sandboxOrigin(v3Base: string): string | undefined {
  try {
    const origin = new URL(v3Base).origin
    return isLoopbackOrigin(origin) ? origin : undefined
  } catch {
    return undefined
  }
}

/** Reads the first seeded account of the sandbox the v3 base URL points at, as a patch for the form. */
export async function readSandboxFill(v3Base: string, fetchFn: typeof fetch): Promise<SandboxFill> {
  const origin = sandboxOrigin(v3Base)
  if (!origin) return { ok: false, message: t('sandboxNotLoopback') }
  const noAnswer = t('sandboxNoAnswer', { origin, fill: t('sandboxFill') })
  let text: string
  try {
    const res = await fetchFn(`${origin}/__sandbox/accounts`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
    if (!res.ok) return { ok: false, message: noAnswer }
    text = await res.text()
  } catch {
    return { ok: false, message: noAnswer }
  }
  let first: unknown
  try {
    first = text.length <= MAX_ANSWER_CHARS ? (JSON.parse(text) as unknown[])[0] : undefined
  } catch {
    first = undefined
  }
  const username = field(first, 'username')
  const organizationId = field(first, 'organizationId')
  const devKey = field(first, 'devKey')
  if (!username || !organizationId || !devKey)
    return { ok: false, message: t('sandboxNotAccounts', { origin }) }
  return {
    ok: true,
    username,
    patch: { v3Base: `${origin}/connect`, v2Base: `${origin}/api/v2`, organizationId, devKey, username },
  }
}
