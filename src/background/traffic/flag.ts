import { billPath } from '../../shared/bill/endpoints.ts'
import type { NormalizedRequest } from '../../shared/har/request.ts'
import { type FlaggedRequest, FLAGGED_TEXT_LIMITS as LIMITS } from '../../shared/protocol/traffic.ts'
import { mayFlagAboveInfo } from '../../shared/rules/body-rule-fields.ts'
import {
  type BillTarget,
  EVERY_TAB_SEQUENCE_ROLES,
  evaluate,
  type SequenceStream,
} from '../../shared/rules/index.ts'
import { clip } from '../../shared/text/clip.ts'

export interface FlagContext {
  /** Hosts besides BILL's that count as BILL (profile base URLs, the local sandbox). */
  hosts: readonly string[]
  now: Date
  pageOrigin?: string
  /** A prefix that makes ids unique (e.g. the webRequest request id). */
  idPrefix: string
  /** The sequence rules over the requests seen so far (EVERY_TAB_SEQUENCE_RULES), fed this one too. */
  sequence?: SequenceStream
}

/**
 * "v3/mfa/challenge", "v2/MFAChallenge.json": the endpoint as the popup names it. Any other path is the
 * page's choice (up to the browser's 2 MB URLs): only its start is kept.
 */
function endpointName(target: BillTarget): string {
  if (target.endpoint)
    return target.api === 'v3' ? target.endpoint.path.slice(1) : `v2/${target.endpoint.path}`
  const where = billPath(target.pathname)
  const name = !where
    ? target.pathname.replace(/^\/+/, '')
    : where.api === 'v3'
      ? where.path.slice(1)
      : `v2/${where.path}`
  return clip(name, LIMITS.endpoint)
}

/**
 * The findings worth showing for one observed request, its own and the sequence rules': errors and warnings (info findings, such as an
 * optional field sent with its allowed value, are left to the panel and the CLI).
 */
export function flagRequest(request: NormalizedRequest, ctx: FlagContext): FlaggedRequest[] {
  // Most bodies a tab sends can only be flagged at info level, if at all: those are never parsed (the URL
  // rules still run). Form fields from webRequest arrive decoded: their names and values are checked as text.
  const { body, ...withoutBody } = request
  const text = body?.text ? body.text : body?.params?.map((p) => `${p.name}=${p.value}`).join('&')
  const checked = text !== undefined && !mayFlagAboveInfo(text) ? withoutBody : request
  const ev = evaluate(checked, { hosts: ctx.hosts, now: ctx.now })
  const target = ev.target
  if (!target) return []
  // Only the calls those rules count reach them (their bodies are read; the others' need not be).
  const counted = target.endpoint?.role !== undefined && EVERY_TAB_SEQUENCE_ROLES.has(target.endpoint.role)
  const seen = counted
    ? (ctx.sequence?.add({ ...request, time: ctx.now.toISOString() }, ctx.hosts) ?? [])
    : []
  return [...ev.findings, ...seen.map((s) => s.finding)]
    .filter((f) => f.severity !== 'info')
    .map((f, i) => ({
      id: `${ctx.idPrefix}:${i}`,
      ruleId: f.ruleId,
      severity: f.severity,
      message: clip(f.message, LIMITS.message),
      ...(f.fix ? { fix: clip(f.fix, LIMITS.fix) } : {}),
      ...(f.field ? { field: clip(f.field, LIMITS.field) } : {}),
      api: target.api,
      method: clip(request.method.toUpperCase(), LIMITS.method),
      endpoint: endpointName(target),
      ...(ctx.pageOrigin ? { pageOrigin: clip(ctx.pageOrigin, LIMITS.pageOrigin) } : {}),
      ...(target.proxied ? { proxied: true } : {}),
      time: ctx.now.getTime(),
    }))
}
