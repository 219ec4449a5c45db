import { type DeprecatedMfaUse, deprecatedMfaUse } from './deprecated-fields.ts'
import type { BillResult } from './errors.ts'
import { anyRecord, record, type Shape } from './shapes.ts'
import { type BillContext, joinUrl, type Sent, send } from './transport.ts'
import { readV2 } from './v2-response.ts'

// The raw v2 calls: form POSTs to {base}/<File>.json with devKey, sessionId and a `data` JSON string.
// ctx.baseUrl is the v2 base (hosts.ts BASE_URLS), paths are appended as /Login.json.

/** Sends one v2 form POST and returns BILL's answer as it came (the panel's replay shows it raw). */
function postRaw(
  ctx: BillContext,
  file: string,
  fields: Record<string, string>,
  signal?: AbortSignal,
): Promise<Sent> {
  return send(
    ctx,
    'v2',
    joinUrl(ctx.baseUrl, file),
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ devKey: ctx.devKey, ...fields }).toString(),
    },
    signal,
  )
}

async function post<T>(
  ctx: BillContext,
  file: string,
  fields: Record<string, string>,
  shape: Shape<T>,
  signal?: AbortSignal,
  deprecatedUse?: DeprecatedMfaUse,
): Promise<BillResult<T>> {
  const sent = await postRaw(ctx, file, fields, signal)
  return sent.ok ? readV2(sent.response, shape, deprecatedUse) : sent
}

/** An authenticated call with `data`, answered raw. */
export function callRaw(
  ctx: BillContext,
  file: string,
  sessionId: string,
  data: object,
  signal?: AbortSignal,
): Promise<Sent> {
  return postRaw(ctx, file, { sessionId, data: JSON.stringify(data) }, signal)
}

/** An authenticated call with `data` (PII stays in the body, never the query: DOC safeguarding-your-pii). */
function call<T>(
  ctx: BillContext,
  file: string,
  sessionId: string,
  data: object,
  shape: Shape<T>,
  signal?: AbortSignal,
  // Stryker disable next-line StringLiteral: no deprecation is on an unnamed endpoint, whatever its stand-in id
  endpointId = '',
): Promise<BillResult<T>> {
  const fields = { sessionId, data: JSON.stringify(data) }
  return post(ctx, file, fields, shape, signal, deprecatedMfaUse(endpointId, data))
}

export interface V2LoginInput {
  userName: string
  password: string
  orgId: string
  /** A remembered device (both or neither) gives a trusted session at once. */
  mfaId?: string
  deviceId?: string
}

const loginShape = record({ sessionId: 'string', orgId: 'string', usersId: 'string', apiEndPoint: 'string?' })

/** Login.json takes top-level fields (no `data`). Sync-token sign-in: userName = token name, password = token. */
export function login(ctx: BillContext, input: V2LoginInput, signal?: AbortSignal) {
  const { mfaId, deviceId, ...fields } = input
  const remembered: Record<string, string> = mfaId && deviceId ? { mfaId, deviceId } : {}
  return post(ctx, 'Login.json', { ...fields, ...remembered }, loginShape, signal)
}

const sessionInfoShape = record({ organizationId: 'string', userId: 'string' })
export function getSessionInfo(ctx: BillContext, sessionId: string, signal?: AbortSignal) {
  return call(ctx, 'GetSessionInfo.json', sessionId, {}, sessionInfoShape, signal)
}

export function logout(ctx: BillContext, sessionId: string, signal?: AbortSignal) {
  return call(ctx, 'Logout.json', sessionId, {}, anyRecord, signal)
}

/** `useBackup` is only here to reproduce what other clients send; true is refused (deprecations.ts). */
export interface V2ChallengeInput {
  useBackup?: boolean | string
}
const challengeShape = record({ challengeId: 'string' })
export function mfaChallenge(
  ctx: BillContext,
  sessionId: string,
  data: V2ChallengeInput = {},
  signal?: AbortSignal,
) {
  return call(ctx, 'MFAChallenge.json', sessionId, data, challengeShape, signal, 'v2.mfa.challenge')
}

export interface V2AuthenticateInput {
  challengeId: string
  /** The texted code; "123456" or "123-456". */
  token: string
  deviceId: string
  machineName: string
  rememberMe: boolean
}
/** mfaId comes back only when rememberMe is true. */
const authenticateShape = record({ mfaId: 'string?' })
export function mfaAuthenticate(
  ctx: BillContext,
  sessionId: string,
  data: V2AuthenticateInput,
  signal?: AbortSignal,
) {
  return call(ctx, 'MFAAuthenticate.json', sessionId, data, authenticateShape, signal)
}

const statusShape = record({ isTrusted: 'boolean' })
export function mfaStatus(
  ctx: BillContext,
  sessionId: string,
  data: { mfaId: string; deviceId: string },
  signal?: AbortSignal,
) {
  return call(ctx, 'MFAStatus.json', sessionId, data, statusShape, signal)
}

/** v2's MFA-protected operations (DOC: four endpoints; VendorBankAccount also under Crud/Create). */
export type V2ProtectedFile =
  | 'SendVendorInvite.json'
  | 'SendInvite.json'
  | 'VendorBankAccount.json'
  | 'Crud/Create/VendorBankAccount.json'
  | 'PayBills.json'

export function protectedCall(
  ctx: BillContext,
  file: V2ProtectedFile,
  sessionId: string,
  data: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<BillResult<Record<string, unknown>>> {
  return call(ctx, file, sessionId, data, anyRecord, signal)
}
