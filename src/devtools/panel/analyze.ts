import type { NormalizedRequest } from '../../shared/har/request.ts'
import {
  type BillTarget,
  evaluate,
  type Finding,
  parseBody,
  type Severity,
} from '../../shared/rules/index.ts'
import { cannotBeBill } from '../capture/bill-scope.ts'
import type { CapturedRequest } from '../capture/captured-request.ts'

/** What the rules engine says about one request. */
export interface Verdict {
  /** Undefined for requests that are not BILL's (shown only with "show all"). */
  target?: BillTarget
  findings: Finding[]
  severity: Severity | 'none'
}

/** One captured request with what the rules engine says about it. */
export interface AnalyzedRequest extends Verdict {
  captured: CapturedRequest
}

const RANK: Record<Severity | 'none', number> = { none: 0, info: 1, warning: 2, error: 3 }

export function worstSeverity(findings: readonly Finding[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none'
  for (const f of findings) if (RANK[f.severity] > RANK[worst]) worst = f.severity
  return worst
}

/** The verdict on a request that cannot be BILL's: no target, no findings. */
export const notBill = (): Verdict => ({ findings: [], severity: 'none' })

/** The rules' verdict on a request that may be BILL's (the scope decision is the engine's). */
export function createEvaluator(profileHosts: readonly string[]): (request: NormalizedRequest) => Verdict {
  return (request) => {
    const { target, findings } = evaluate(request, { hosts: profileHosts })
    return { ...(target ? { target } : {}), findings, severity: worstSeverity(findings) }
  }
}

/**
 * The rules' verdict on a request to `url`. Most of a capture is other sites' traffic: a URL that cannot
 * be BILL's (bill-scope.ts) gets no target and no findings without being parsed, nor its request built.
 */
function createVerdicts(
  profileHosts: readonly string[],
): (url: string, request: () => NormalizedRequest) => Verdict {
  const evaluateRequest = createEvaluator(profileHosts)
  return (url, request) => (cannotBeBill(url, profileHosts) ? notBill() : evaluateRequest(request()))
}

/**
 * Analyzes requests once each (the engine's work is cached per captured object); a new analyzer is made
 * when the hosts that count as BILL's change.
 */
export function createAnalyzer(profileHosts: readonly string[]): (c: CapturedRequest) => AnalyzedRequest {
  const cache = new WeakMap<CapturedRequest, AnalyzedRequest>()
  const verdict = createVerdicts(profileHosts)
  return (captured) => {
    const cached = cache.get(captured)
    if (cached) return cached
    const analyzed: AnalyzedRequest = {
      captured,
      ...verdict(captured.request.url, () => captured.request),
    }
    cache.set(captured, analyzed)
    return analyzed
  }
}

const searchTexts = new WeakMap<AnalyzedRequest, string>()

/**
 * Lower-cased URL, endpoint name and body text (v2 `data` decoded), for the filter box: built the first
 * time a search reads the row, not for every row read (most are never searched).
 */
export function searchText(row: AnalyzedRequest): string {
  const { captured } = row
  let text = searchTexts.get(row)
  if (text === undefined) {
    const body = parseBody(captured.request)
    const bodyText = body.kind === 'form' ? `${body.text}\n${body.dataText ?? ''}` : body.text
    text = `${captured.request.url}\n${row.target?.endpoint?.name ?? ''}\n${bodyText}`.toLowerCase()
    searchTexts.set(row, text)
  }
  return text
}

/** Oldest first, by start time, then arrival order. */
export function byStartTime(a: AnalyzedRequest, b: AnalyzedRequest): number {
  return a.captured.startedAt - b.captured.startedAt || a.captured.seq - b.captured.seq
}
