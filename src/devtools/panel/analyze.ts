import {
  type BillTarget,
  evaluate,
  type Finding,
  parseBody,
  type Severity,
} from '../../shared/rules/index.ts'
import type { CapturedRequest } from '../capture/captured-request.ts'

/** One captured request with what the rules engine says about it. */
export interface AnalyzedRequest {
  captured: CapturedRequest
  /** Undefined for requests that are not BILL's (shown only with "show all"). */
  target?: BillTarget
  findings: Finding[]
  severity: Severity | 'none'
  /** Lower-cased URL, endpoint name and body text (v2 `data` decoded), for the filter box. */
  haystack: string
}

const RANK: Record<Severity | 'none', number> = { none: 0, info: 1, warning: 2, error: 3 }

export function worstSeverity(findings: readonly Finding[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none'
  for (const f of findings) if (RANK[f.severity] > RANK[worst]) worst = f.severity
  return worst
}

function searchableBody(captured: CapturedRequest): string {
  const body = parseBody(captured.request)
  return body.kind === 'form' ? `${body.text}\n${body.dataText ?? ''}` : body.text
}

/**
 * Analyzes requests once each (the engine's work is cached per captured object); a new analyzer is made
 * when the hosts that count as BILL's change.
 */
export function createAnalyzer(profileHosts: readonly string[]): (c: CapturedRequest) => AnalyzedRequest {
  const cache = new WeakMap<CapturedRequest, AnalyzedRequest>()
  return (captured) => {
    const cached = cache.get(captured)
    if (cached) return cached
    const { url } = captured.request
    const evaluation = evaluate(captured.request, { hosts: profileHosts })
    const endpointName = evaluation.target?.endpoint?.name ?? ''
    const analyzed: AnalyzedRequest = {
      captured,
      ...(evaluation.target ? { target: evaluation.target } : {}),
      findings: evaluation.findings,
      severity: worstSeverity(evaluation.findings),
      haystack: `${url}\n${endpointName}\n${searchableBody(captured)}`.toLowerCase(),
    }
    cache.set(captured, analyzed)
    return analyzed
  }
}

/** Oldest first, by start time, then arrival order. */
export function byStartTime(a: AnalyzedRequest, b: AnalyzedRequest): number {
  return a.captured.startedAt - b.captured.startedAt || a.captured.seq - b.captured.seq
}
