import type { Entry } from 'har-format'
import { type HarEntries, MAY_BE_BILL, parsedEntries } from '../shared/har/entries.ts'
import { harEntryToRequest } from '../shared/har/normalize.ts'
import type { HarLog } from '../shared/har/types.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { lintRequest } from './lint-requests.ts'

export function lintHar(doc: HarLog, file: string, settings: LintSettings): FileResult {
  return lintHarEntries(parsedEntries(doc.log.entries), file, settings)
}

/**
 * Most of a capture is other traffic: entries whose URL names no BILL host are only counted (and, when
 * the file was read lazily, never parsed). With --host, every entry is evaluated.
 */
export function lintHarEntries(entries: HarEntries, file: string, settings: LintSettings): FileResult {
  const result: FileResult = { requests: 0, findings: [] }
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
    const request = harEntryToRequest(entry)
    if (!request) continue
    result.requests++
    for (const f of lintRequest(request, file, { entry: index }, settings)) result.findings.push(f)
  }
  return result
}
