import {
  evaluateSequence,
  type SequenceFinding,
  type SequenceRequest,
  withHarTiming,
} from '../../shared/rules/index.ts'
import type { CapturedRequest } from '../capture/captured-request.ts'
import { type AnalyzedRequest, worstSeverity } from './analyze.ts'

/**
 * Adds the sequence rules' findings (by row index) to the rows: a row's merged copy is kept while its
 * sequence findings stay the same, so unchanged rows keep their identity; no finding, the same list.
 */
export function createSequenceMerger(): (
  rows: AnalyzedRequest[],
  found: readonly SequenceFinding[],
) => AnalyzedRequest[] {
  const merged = new WeakMap<AnalyzedRequest, { key: string; row: AnalyzedRequest }>()
  return (rows, found) => {
    if (found.length === 0) return rows
    const byRow = new Map<number, SequenceFinding['finding'][]>()
    for (const { index, finding } of found) byRow.set(index, [...(byRow.get(index) ?? []), finding])
    const out = rows.slice()
    for (const [index, findings] of byRow) {
      const row = rows[index]
      if (!row) continue
      const key = findings.map((f) => `${f.ruleId}\u0000${f.message}`).join('\u0001')
      const kept = merged.get(row)
      if (kept?.key === key) {
        out[index] = kept.row
        continue
      }
      const all = [...row.findings, ...findings]
      const copy: AnalyzedRequest = { ...row, findings: all, severity: worstSeverity(all) }
      merged.set(row, { key, row: copy })
      out[index] = copy
    }
    return out
  }
}

/**
 * The live capture's rows with the sequence rules' findings added (a sign-in after BDC_1361, limits), run
 * over the whole capture in start order as bill-mfa-lint runs them over a HAR file. One pass per change of
 * the rows; each request's timing and answer are read once (cached per captured request). A HAR file's
 * sequence is read by its reader, off the page (read-har.ts).
 */
export function createSequenceReader(
  hosts: readonly string[],
): (rows: AnalyzedRequest[]) => AnalyzedRequest[] {
  const requests = new WeakMap<CapturedRequest, SequenceRequest>()
  const merge = createSequenceMerger()
  const sequenceRequestOf = (captured: CapturedRequest) => {
    let request = requests.get(captured)
    if (!request) {
      request = withHarTiming(captured.request, captured.har)
      requests.set(captured, request)
    }
    return request
  }
  return (rows) =>
    merge(
      rows,
      evaluateSequence(
        rows.map((r) => sequenceRequestOf(r.captured)),
        { hosts },
      ),
    )
}
