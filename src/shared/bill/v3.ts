import { type DeprecatedMfaUse, deprecatedMfaUse } from './deprecated-fields.ts'
import type { BillResult } from './errors.ts'
import { anyRecord, isRecord, record, type Shape } from './shapes.ts'
import { type BillContext, joinUrl, type Sent, send } from './transport.ts'
import { readV3 } from './v3-response.ts'

// The raw v3 calls: JSON bodies, devKey + sessionId headers. ctx.baseUrl is the v3 base (hosts.ts
// BASE_URLS); paths start with /v3/.

export interface Request {
  method: 'GET' | 'POST'
  path: string
  sessionId?: string
  body?: unknown
  endpointId?: string
}

/** Sends one v3 request and returns BILL's answer as it came (the panel's replay shows it raw). */
export function sendRaw(ctx: BillContext, req: Request, signal?: AbortSignal): Promise<Sent> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (req.body !== undefined) headers['content-type'] = 'application/json'
  if (req.sessionId !== undefined) Object.assign(headers, { devKey: ctx.devKey, sessionId: req.sessionId })
  return send(
    ctx,
    'v3',
    joinUrl(ctx.baseUrl, req.path),
    // Stryker disable next-line ConditionalExpression: JSON.stringify(undefined) is undefined, which fetch reads as no body
    { method: req.method, headers, ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}) },
    signal,
  )
}

async function request<T>(
  ctx: BillContext,
  req: Request,
  shape: Shape<T>,
  signal?: AbortSignal,
): Promise<BillResult<T>> {
  const sent = await sendRaw(ctx, req, signal)
  // Stryker disable next-line StringLiteral: no deprecation is on an unnamed endpoint, whatever its stand-in id
  const deprecatedUse: DeprecatedMfaUse | undefined = deprecatedMfaUse(req.endpointId ?? '', req.body)
  return sent.ok ? readV3(sent.response, shape, deprecatedUse) : sent
}

export interface V3LoginInput {
  username: string
  password: string
  organizationId: string
  /** A remembered device (both or neither) gives trusted:true at once. */
  rememberMeId?: string
  device?: string
}
const loginShape = record({
  organizationId: 'string',
  sessionId: 'string',
  userId: 'string',
  trusted: 'boolean?',
})

export function login(ctx: BillContext, input: V3LoginInput, signal?: AbortSignal) {
  const { rememberMeId, device, ...fields } = input
  const remembered = rememberMeId && device ? { rememberMeId, device } : {}
  const body = { ...fields, devKey: ctx.devKey, ...remembered }
  return request(ctx, { method: 'POST', path: '/v3/login', body }, loginShape, signal)
}

const sessionShape = record({
  organizationId: 'string',
  userId: 'string',
  mfaStatus: 'string?',
  mfaBypass: 'boolean?',
})
export function session(ctx: BillContext, sessionId: string, signal?: AbortSignal) {
  return request(ctx, { method: 'GET', path: '/v3/login/session', sessionId }, sessionShape, signal)
}

/** BILL answers 200 with an empty body. */
export function logout(ctx: BillContext, sessionId: string, signal?: AbortSignal) {
  return request(ctx, { method: 'POST', path: '/v3/logout', sessionId }, () => null, signal)
}

export interface V3SetupInput {
  phone: string
  type: 'TEXT' | 'VOICE'
  /** Deprecated: only true is allowed (deprecations.ts); here to reproduce what other clients send. */
  primary?: boolean | string
}
const setupShape = record({ setupId: 'string' })
export function mfaSetup(ctx: BillContext, sessionId: string, body: V3SetupInput, signal?: AbortSignal) {
  const req = { method: 'POST' as const, path: '/v3/mfa/setup', sessionId, body, endpointId: 'v3.mfa.setup' }
  return request(ctx, req, setupShape, signal)
}

/** The docs say /v3/mfa/validate, BILL's Postman collection /v3/mfa/setup/validate. */
export type PhoneValidationPath = '/v3/mfa/setup/validate' | '/v3/mfa/validate'
const statusShape = record({ status: 'string' })
export function validatePhone(
  ctx: BillContext,
  sessionId: string,
  body: { setupId: string; type: 'TEXT' | 'VOICE'; token: string },
  path: PhoneValidationPath,
  signal?: AbortSignal,
) {
  return request(ctx, { method: 'POST', path, sessionId, body }, statusShape, signal)
}

export interface V3Phone {
  type: string
  last4digits: string
  primary: boolean
}
const phoneShape = record({ type: 'string', last4digits: 'string', primary: 'boolean' })
const phonesShape: Shape<V3Phone[]> = (value) => {
  if (!isRecord(value) || !Array.isArray(value.results)) return undefined
  const phones = value.results.map(phoneShape)
  return phones.every((p) => p !== undefined) ? (phones as V3Phone[]) : undefined
}
export function mfaPhones(ctx: BillContext, sessionId: string, signal?: AbortSignal) {
  return request(ctx, { method: 'GET', path: '/v3/mfa/phones', sessionId }, phonesShape, signal)
}

/** `useBackup` is only here to reproduce what other clients send; true is refused (deprecations.ts). */
export interface V3ChallengeInput {
  useBackup?: boolean | string
}
const challengeShape = record({ challengeId: 'string' })
export function mfaChallenge(
  ctx: BillContext,
  sessionId: string,
  body: V3ChallengeInput = {},
  signal?: AbortSignal,
) {
  const req = {
    method: 'POST' as const,
    path: '/v3/mfa/challenge',
    sessionId,
    body,
    endpointId: 'v3.mfa.challenge',
  }
  return request(ctx, req, challengeShape, signal)
}

export interface V3ChallengeAnswer {
  challengeId: string
  token: string
  device?: string
  machineName?: string
  rememberMe?: boolean
}
/** rememberMeId comes back when rememberMe is true. */
const answerShape = record({ rememberMeId: 'string?' })
export function validateChallenge(
  ctx: BillContext,
  sessionId: string,
  body: V3ChallengeAnswer,
  signal?: AbortSignal,
) {
  return request(
    ctx,
    { method: 'POST', path: '/v3/mfa/challenge/validate', sessionId, body },
    answerShape,
    signal,
  )
}

const stepUpShape = record({ trusted: 'boolean' })
export function stepUp(
  ctx: BillContext,
  sessionId: string,
  body: { rememberMeId: string; device: string },
  signal?: AbortSignal,
) {
  return request(ctx, { method: 'POST', path: '/v3/mfa/step-up', sessionId, body }, stepUpShape, signal)
}

/** v3's MFA-protected creates (403 BDC_1361 on an untrusted session). */
export type V3ProtectedPath = '/v3/payments' | '/v3/payments/bulk' | '/v3/funding-accounts/banks'
export function protectedCreate(
  ctx: BillContext,
  path: V3ProtectedPath,
  sessionId: string,
  body: unknown,
  signal?: AbortSignal,
) {
  const shape: Shape<unknown> = (v) => (Array.isArray(v) ? v : anyRecord(v))
  return request(ctx, { method: 'POST', path, sessionId, body }, shape, signal)
}
