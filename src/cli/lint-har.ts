import type { Entry } from 'har-format'
import { type HarEntries, MAY_BE_BILL, parsedEntries } from '../shared/har/entries.ts'
import type { HarLog } from '../shared/har/types.ts'
import type { SequenceRequest } from '../shared/rules/sequence/call.ts'
import { evaluateSequence } from '../shared/rules/sequence/evaluate-sequence.ts'
import { harEntryToSequenceRequest } from '../shared/rules/sequence/har-timing.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { lintRequest, sequenceFinding } from './lint-requests.ts'

export function lintHar(doc: HarLog, file: string, settings: LintSettings): FileResult {
  return lintHarEntries(parsedEntries(doc.log.entries), file, settings)
}

/**
 * Most of a capture is other traffic: entries whose URL names no BILL host are only counted (and, when
 * the file was read lazily, never parsed). With --host, every entry is evaluated.
 */
export function lintHarEntries(entries: HarEntries, file: string, settings: LintSettings): FileResult {
  const result: FileResult = { requests: 0, findings: [] }
  // The BILL calls in file order, for the rules that read a sequence (a sign-in after BDC_1361, limits).
  const calls: SequenceRequest[] = []
  const callEntry: number[] = []
  const quick = settings.hosts.length === 0
  for (let index = 0; index < entries.count; index++) {
    if (quick && !entries.mayBeBill(index)) {
      if (entries.hasUrl(index)) result.requests++
      continue
    }
    let entry: unknown
    try {
      entry = entries.entry(index)
    } catch (e) {
      result.problem ??= `entry ${index + 1} is not valid JSON: ${(e as Error).message}`
      continue
    }
    // An escaped URL is only known after parsing.
    const url = (entry as Entry | null)?.request?.url
    if (quick && typeof url === 'string' && !MAY_BE_BILL.test(url)) {
      result.requests++
      continue
    }
    const request = harEntryToSequenceRequest(entry)
    if (!request) continue
    result.requests++
    for (const f of lintRequest(request, file, { entry: index }, settings)) result.findings.push(f)
    calls.push(request)
    callEntry.push(index)
  }
  for (const { index, finding } of evaluateSequence(calls, { hosts: settings.hosts, now: settings.now })) {
    const entry = callEntry[index] ?? index
    result.findings.push(sequenceFinding(finding, calls[index] as SequenceRequest, file, entry, settings))
  }
  return result
}
