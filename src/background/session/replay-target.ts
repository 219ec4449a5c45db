import { isUnderBase } from '../../shared/bill/base-url.ts'
import { billBoolean } from '../../shared/bill/deprecated-fields.ts'
import { DEPRECATIONS } from '../../shared/bill/deprecations.ts'
import { ENDPOINTS, type Endpoint } from '../../shared/bill/endpoints.ts'
import type { BaseUrls, BillApi } from '../../shared/bill/hosts.ts'
import { joinUrl } from '../../shared/bill/transport.ts'
import { appError } from '../../shared/protocol/errors.ts'
import type { PanelProtocol } from '../../shared/protocol/panel.ts'

// What a replay from the DevTools panel may send with the live session, decided before anything is sent.

type ReplayParams = PanelProtocol['replayRequest']['params']

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
export function resolveTarget(
  params: ReplayParams,
  baseUrls: BaseUrls,
): { url: string; api: BillApi; endpoint: Endpoint } {
  if (params.endpointId !== undefined) {
    const endpoint = ENDPOINTS.find((e) => e.id === params.endpointId)
    if (!endpoint) throw appError('invalid-input', `Unknown BILL endpoint “${params.endpointId}”.`)
    if (endpoint.method !== params.method)
      throw appError('invalid-input', `${endpoint.name} is called with ${endpoint.method}.`)
    refuseNotReplayable(endpoint, endpoint.name)
    return { url: joinUrl(baseUrls[endpoint.api], endpoint.path), api: endpoint.api, endpoint }
  }
  let url: URL
  try {
    url = new URL(params.url ?? '')
  } catch {
    throw appError('invalid-input', 'Give a BILL endpoint id or a full URL to replay.')
  }
  const api = (['v3', 'v2'] as const).find((a) => isUnderBase(url, baseUrls[a]))
  if (!api)
    throw appError(
      'permission-denied',
      'Only requests to the signed-in profile’s own base URLs can be replayed with its session.',
    )
  // The path below the base URL names the endpoint exactly: v3 "/v3/mfa/challenge", v2 "/MFAChallenge.json".
  const below = url.pathname.slice(new URL(baseUrls[api]).pathname.replace(/\/+$/, '').length)
  const endpoint = ENDPOINTS.find(
    (e) =>
      e.api === api &&
      e.method === params.method &&
      below.toLowerCase() === (api === 'v3' ? e.path : `/${e.path}`).toLowerCase(),
  )
  refuseNotReplayable(endpoint, `${params.method} ${url.pathname}`)
  if (url.search || url.hash)
    throw appError('permission-denied', 'A replayed URL has no ? query or # fragment.')
  return { url: url.href, api, endpoint }
}

/** The removed MFA values are never sent, whatever the caller asks. */
export function refuseDeprecated(body: Record<string, unknown> | undefined): void {
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
