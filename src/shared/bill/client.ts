import type { Endpoint } from './endpoints.ts'
import type { BillError, BillResult } from './errors.ts'
import type { BaseUrls, BillApi } from './hosts.ts'
import type { BillContext, Sent } from './transport.ts'
import * as v2 from './v2.ts'
import * as v3 from './v3.ts'

// The one BILL client the background uses: the same calls whichever API the user picked.
// It never sends the removed backup-phone options (no useBackup, no primary:false).

export interface BillClientOptions {
  api: BillApi
  /** From hosts.ts BASE_URLS (sandbox, production) or custom ones, e.g. the local sandbox. */
  baseUrls: BaseUrls
  devKey: string
  fetch?: typeof fetch
  timeoutMs?: number
  /** Asked before every request (see BillContext.hostAllowed). */
  hostAllowed?: (url: string) => Promise<boolean>
}

interface RememberedDevice {
  /** v2 mfaId / v3 rememberMeId. */
  id: string
  /** v2 deviceId / v3 device. */
  device: string
}

interface SignedInSession {
  sessionId: string
  organizationId: string
  userId: string
  /** MFA-trusted (v2: a valid remembered device was sent). */
  trusted: boolean
}

interface SessionInfo {
  organizationId: string
  userId: string
  /** v3 only: the organization's MFA state, not this session's trust. */
  mfaStatus?: string
  mfaBypass?: boolean
}

interface MfaAnswer {
  challengeId: string
  code: string
  device: string
  machineName: string
  rememberMe: boolean
}

export interface BillClient {
  readonly api: BillApi
  login(
    input: { username: string; password: string; organizationId: string; remembered?: RememberedDevice },
    signal?: AbortSignal,
  ): Promise<BillResult<SignedInSession>>
  sessionInfo(sessionId: string, signal?: AbortSignal): Promise<BillResult<SessionInfo>>
  logout(sessionId: string, signal?: AbortSignal): Promise<BillResult<null>>
  mfaChallenge(sessionId: string, signal?: AbortSignal): Promise<BillResult<{ challengeId: string }>>
  /** A right code trusts the session; with rememberMe it also gives a 30-day remembered id. */
  mfaValidate(
    sessionId: string,
    answer: MfaAnswer,
    signal?: AbortSignal,
  ): Promise<BillResult<{ rememberedId?: string }>>
  /**
   * v3: trusts the open session with a remembered device. v2 has no step-up: this asks MFAStatus.json
   * whether the remembered id is still trusted (sign in again with it to get a trusted v2 session).
   */
  stepUp(
    sessionId: string,
    remembered: RememberedDevice,
    signal?: AbortSignal,
  ): Promise<BillResult<{ trusted: boolean }>>
  /** v3 only (v2 has no phone calls). */
  mfaPhones(sessionId: string, signal?: AbortSignal): Promise<BillResult<v3.V3Phone[]>>
  /** v3 only. Adds a primary phone; a code is texted to it. */
  mfaSetup(
    sessionId: string,
    phone: { phone: string; type?: 'TEXT' | 'VOICE' },
    signal?: AbortSignal,
  ): Promise<BillResult<{ setupId: string }>>
  /** v3 only. Tries /v3/mfa/setup/validate, then /v3/mfa/validate on a 404; says which path worked. */
  validatePhone(
    sessionId: string,
    answer: { setupId: string; code: string; type?: 'TEXT' | 'VOICE' },
    signal?: AbortSignal,
  ): Promise<BillResult<{ path: v3.PhoneValidationPath }>>
  /**
   * One call to a known endpoint with the session, answered as BILL sent it (the DevTools panel's replay).
   * `body` is the JSON body (v3) or the `data` object (v2). Which endpoints may be replayed is the caller's rule.
   */
  replay(
    sessionId: string,
    endpoint: Pick<Endpoint, 'api' | 'method' | 'path'>,
    body: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<Sent>
  /** An MFA-protected operation, to test trust: v3 POST /v3/payments, v2 PayBills.json. */
  createPayment(
    sessionId: string,
    payment: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<BillResult<unknown>>
}

function v3Only(): { ok: false; error: BillError } {
  return {
    ok: false,
    error: {
      kind: 'unknown',
      api: 'v2',
      message: 'BILL v2 has no MFA phone calls. Add the phone with the v3 API or in the BILL web app.',
    },
  }
}

export function createBillClient(opts: BillClientOptions): BillClient {
  const common = {
    devKey: opts.devKey,
    fetch: opts.fetch,
    timeoutMs: opts.timeoutMs,
    hostAllowed: opts.hostAllowed,
  }
  const c2: BillContext = { ...common, baseUrl: opts.baseUrls.v2 }
  const c3: BillContext = { ...common, baseUrl: opts.baseUrls.v3 }
  const isV2 = opts.api === 'v2'

  return {
    api: opts.api,

    async login({ username, password, organizationId, remembered }, signal) {
      if (isV2) {
        const r = await v2.login(
          c2,
          {
            userName: username,
            password,
            orgId: organizationId,
            mfaId: remembered?.id,
            deviceId: remembered?.device,
          },
          signal,
        )
        if (!r.ok) return r
        // v2 does not say whether the session is trusted: a valid remembered device makes it so (DOC).
        const trusted = remembered
          ? await v2RememberedIsTrusted(r.value.sessionId, remembered, signal)
          : false
        const value = {
          sessionId: r.value.sessionId,
          organizationId: r.value.orgId,
          userId: r.value.usersId,
          trusted,
        }
        return { ok: true, value, status: r.status }
      }
      const input = {
        username,
        password,
        organizationId,
        rememberMeId: remembered?.id,
        device: remembered?.device,
      }
      const r = await v3.login(c3, input, signal)
      return r.ok ? { ...r, value: { ...r.value, trusted: r.value.trusted === true } } : r
    },

    sessionInfo: (sessionId, signal) =>
      isV2 ? v2.getSessionInfo(c2, sessionId, signal) : v3.session(c3, sessionId, signal),

    async logout(sessionId, signal) {
      if (!isV2) return v3.logout(c3, sessionId, signal)
      const r = await v2.logout(c2, sessionId, signal)
      return r.ok ? { ...r, value: null } : r
    },

    mfaChallenge: (sessionId, signal) =>
      isV2 ? v2.mfaChallenge(c2, sessionId, {}, signal) : v3.mfaChallenge(c3, sessionId, {}, signal),

    async mfaValidate(sessionId, a, signal) {
      if (isV2) {
        const data = {
          challengeId: a.challengeId,
          token: a.code,
          deviceId: a.device,
          machineName: a.machineName,
          rememberMe: a.rememberMe,
        }
        const r = await v2.mfaAuthenticate(c2, sessionId, data, signal)
        return r.ok ? { ...r, value: r.value.mfaId ? { rememberedId: r.value.mfaId } : {} } : r
      }
      const body = {
        challengeId: a.challengeId,
        token: a.code,
        device: a.device,
        machineName: a.machineName,
        rememberMe: a.rememberMe,
      }
      const r = await v3.validateChallenge(c3, sessionId, body, signal)
      return r.ok ? { ...r, value: r.value.rememberMeId ? { rememberedId: r.value.rememberMeId } : {} } : r
    },

    async stepUp(sessionId, remembered, signal) {
      if (!isV2)
        return v3.stepUp(c3, sessionId, { rememberMeId: remembered.id, device: remembered.device }, signal)
      const r = await v2.mfaStatus(
        c2,
        sessionId,
        { mfaId: remembered.id, deviceId: remembered.device },
        signal,
      )
      return r.ok ? { ...r, value: { trusted: r.value.isTrusted } } : r
    },

    mfaPhones: async (sessionId, signal) => (isV2 ? v3Only() : v3.mfaPhones(c3, sessionId, signal)),

    mfaSetup: async (sessionId, { phone, type = 'TEXT' }, signal) =>
      isV2 ? v3Only() : v3.mfaSetup(c3, sessionId, { phone, type }, signal),

    async validatePhone(sessionId, { setupId, code, type = 'TEXT' }, signal) {
      if (isV2) return v3Only()
      const body = { setupId, type, token: code }
      const asPostman = await v3.validatePhone(c3, sessionId, body, '/v3/mfa/setup/validate', signal)
      if (asPostman.ok)
        return { ok: true, value: { path: '/v3/mfa/setup/validate' }, status: asPostman.status }
      if (asPostman.error.httpStatus !== 404) return asPostman
      const asDocs = await v3.validatePhone(c3, sessionId, body, '/v3/mfa/validate', signal)
      return asDocs.ok ? { ok: true, value: { path: '/v3/mfa/validate' }, status: asDocs.status } : asDocs
    },

    replay: (sessionId, endpoint, body, signal) =>
      endpoint.api === 'v2'
        ? v2.callRaw(c2, endpoint.path, sessionId, body, signal)
        : v3.sendRaw(
            c3,
            {
              method: endpoint.method,
              path: endpoint.path,
              sessionId,
              ...(endpoint.method === 'POST' ? { body } : {}),
            },
            signal,
          ),

    createPayment: (sessionId, payment, signal) =>
      isV2
        ? v2.protectedCall(c2, 'PayBills.json', sessionId, payment, signal)
        : v3.protectedCreate(c3, '/v3/payments', sessionId, payment, signal),
  }

  async function v2RememberedIsTrusted(
    sessionId: string,
    remembered: RememberedDevice,
    signal?: AbortSignal,
  ) {
    const status = await v2.mfaStatus(
      c2,
      sessionId,
      { mfaId: remembered.id, deviceId: remembered.device },
      signal,
    )
    return status.ok && status.value.isTrusted
  }
}
