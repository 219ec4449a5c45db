import { explainBillErrors } from '../../shared/bill/bdc-codes.ts'
import { billBoolean } from '../../shared/bill/deprecated-fields.ts'
import { DEPRECATIONS } from '../../shared/bill/deprecations.ts'
import { ENDPOINTS, type Endpoint } from '../../shared/bill/endpoints.ts'
import { billErrorToAppError } from '../../shared/bill/errors.ts'
import type { BaseUrls, BillApi } from '../../shared/bill/hosts.ts'
import { joinUrl, send } from '../../shared/bill/transport.ts'
import { appError } from '../../shared/protocol/errors.ts'
import type { PanelProtocol, ReplayAnswer } from '../../shared/protocol/panel.ts'
import { redactBodyText } from '../../shared/redact/index.ts'
import { billErrors } from '../../shared/rules/response-errors.ts'
import type { Handlers } from '../router.ts'

/** What a replay needs of the signed-in session; only the background ever holds it. */
export interface ReplaySession {
  api: BillApi
  baseUrls: BaseUrls
  devKey: string
  sessionId: string
}

export interface PanelHandlerDeps {
  /** The active profile's session, or undefined when signed out. */
  getSession(): Promise<ReplaySession | undefined>
  /** Whether a granted host permission covers this URL (see BillContext.hostAllowed). */
  hostAllowed?: (url: string) => Promise<boolean>
  fetch?: typeof fetch
}

type ReplayParams = PanelProtocol['replayRequest']['params']

/** True when `url` is `base` or below it: same origin, and the path continues at a "/" boundary. */
function isUnder(url: URL, base: string): boolean {
  const b = new URL(base)
  const basePath = b.pathname.replace(/\/+$/, '')
  return url.origin === b.origin && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`))
}

/**
 * The only endpoints "Fix and replay" is offered for (the MFA calls whose removed fields it drops). Replay runs
 * with the user's live session, so anything else (payments, bank accounts, sign-out…) is refused outright.
 */
export const REPLAYABLE_ENDPOINT_IDS: ReadonlySet<string> = new Set([
  'v3.mfa.challenge',
  'v2.mfa.challenge',
  'v3.mfa.setup',
])

function refuseNotReplayable(endpoint: Endpoint | undefined, what: string): asserts endpoint is Endpoint {
  if (!endpoint || !REPLAYABLE_ENDPOINT_IDS.has(endpoint.id))
    throw appError(
      'permission-denied',
      `${endpoint?.name ?? what} cannot be replayed: only the MFA challenge (v2, v3) and MFA phone setup (v3) can.`,
    )
}

/** The session's own URL for the request, and which API it belongs to. */
function resolveTarget(params: ReplayParams, session: ReplaySession): { url: string; api: BillApi } {
  if (params.endpointId !== undefined) {
    const endpoint = ENDPOINTS.find((e) => e.id === params.endpointId)
    if (!endpoint) throw appError('invalid-input', `Unknown BILL endpoint “${params.endpointId}”.`)
    if (endpoint.method !== params.method)
      throw appError('invalid-input', `${endpoint.name} is called with ${endpoint.method}.`)
    refuseNotReplayable(endpoint, endpoint.name)
    return { url: joinUrl(session.baseUrls[endpoint.api], endpoint.path), api: endpoint.api }
  }
  let url: URL
  try {
    url = new URL(params.url ?? '')
  } catch {
    throw appError('invalid-input', 'Give a BILL endpoint id or a full URL to replay.')
  }
  const api = (['v3', 'v2'] as const).find((a) => isUnder(url, session.baseUrls[a]))
  if (!api)
    throw appError(
      'permission-denied',
      'Only requests to the signed-in profile’s own base URLs can be replayed with its session.',
    )
  // The path below the base URL names the endpoint exactly: v3 "/v3/mfa/challenge", v2 "/MFAChallenge.json".
  const below = url.pathname.slice(new URL(session.baseUrls[api]).pathname.replace(/\/+$/, '').length)
  const endpoint = ENDPOINTS.find(
    (e) =>
      e.api === api &&
      e.method === params.method &&
      below.toLowerCase() === (api === 'v3' ? e.path : `/${e.path}`).toLowerCase(),
  )
  refuseNotReplayable(endpoint, `${params.method} ${url.pathname}`)
  if (url.search || url.hash)
    throw appError('permission-denied', 'A replayed URL has no ? query or # fragment.')
  return { url: url.href, api }
}

/** The removed MFA values are never sent, whatever the caller asks. */
function refuseDeprecated(body: Record<string, unknown> | undefined): void {
  for (const d of DEPRECATIONS) {
    if (billBoolean(body?.[d.field]) === d.refused)
      throw appError(
        'invalid-input',
        `“${d.field}”: ${d.refused} is refused by BILL since ${d.since}: remove it first.`,
        {
          fields: { [d.field]: 'Remove this field.' },
        },
      )
  }
}

function requestInit(api: BillApi, params: ReplayParams, session: ReplaySession): RequestInit {
  if (api === 'v2') {
    const form = new URLSearchParams({
      devKey: session.devKey,
      sessionId: session.sessionId,
      data: JSON.stringify(params.body ?? {}),
    })
    return {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
    }
  }
  return {
    method: params.method,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      devKey: session.devKey,
      sessionId: session.sessionId,
    },
    ...(params.method === 'POST' ? { body: JSON.stringify(params.body ?? {}) } : {}),
  }
}

export function panelHandlers(deps: PanelHandlerDeps): Pick<Handlers, keyof PanelProtocol> {
  return {
    replayRequest: async (params): Promise<ReplayAnswer> => {
      const session = await deps.getSession()
      if (!session) throw appError('not-signed-in', 'Sign in with the active profile to replay a request.')
      const { url, api } = resolveTarget(params, session)
      if (api !== session.api)
        throw appError(
          'invalid-input',
          `The session is a ${session.api} session: it cannot call the ${api} API.`,
        )
      refuseDeprecated(params.body)
      const sent = await send(
        {
          baseUrl: session.baseUrls[api],
          devKey: session.devKey,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
          ...(deps.hostAllowed ? { hostAllowed: deps.hostAllowed } : {}),
        },
        api,
        url,
        requestInit(api, params, session),
      )
      if (!sent.ok) throw billErrorToAppError(sent.error)
      const { status, text, contentType } = sent.response
      return {
        status,
        api,
        url,
        errors: explainBillErrors(billErrors({ status, body: { text } })),
        body: redactBodyText(text, contentType),
      }
    },
  }
}
