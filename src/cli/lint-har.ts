import type { Entry } from 'har-format'
import { harEntryToRequest } from '../shared/har/normalize.ts'
import type { HarLog } from '../shared/har/types.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { type HarEntries, MAY_BE_BILL, parsedEntries } from './input/har-entries.ts'
import { lintRequest } from './lint-requests.ts'

export function lintHar(doc: HarLog, file: string, settings: LintSettings): FileResult {
  return lintHarEntries(parsedEntries(doc.log.entries), file, settings)
}

/** Adds one entry's findings to `into`; `read` gives the entry (it throws when its text is not JSON). */
function lintEntry(
  read: () => unknown,
  index: number,
  file: string,
  settings: LintSettings,
  into: FileResult,
) {
  let entry: unknown
  try {
    entry = read()
  } catch (e) {
    into.problem ??= `entry ${index + 1} is not valid JSON: ${(e as Error).message}`
    return
  }
  const url = (entry as Entry | null)?.request?.url
  if (settings.hosts.length === 0 && typeof url === 'string' && !MAY_BE_BILL.test(url)) {
    into.requests++
    return
  }
  const request = harEntryToRequest(entry)
  if (!request) return
  into.requests++
  for (const f of lintRequest(request, file, { entry: index }, settings)) into.findings.push(f)
}

/**
 * The entries a capture's lint evaluates. Most of a capture is other traffic: entries whose URL names no
 * BILL host are only counted (and, when the file was read lazily, never parsed). With --host, every
 * entry is evaluated.
 */
function triage(entries: HarEntries, settings: LintSettings): { evaluate: number[]; counted: number } {
  const evaluate: number[] = []
  let counted = 0
  const quick = settings.hosts.length === 0
  for (let i = 0; i < entries.count; i++) {
    if (!quick || entries.mayBeBill(i)) evaluate.push(i)
    else if (entries.hasUrl(i)) counted++
  }
  return { evaluate, counted }
}

export function lintHarEntries(entries: HarEntries, file: string, settings: LintSettings): FileResult {
  const { evaluate, counted } = triage(entries, settings)
  const part: FileResult = { requests: counted, findings: [] }
  for (const i of evaluate) lintEntry(() => entries.entry(i), i, file, settings, part)
  return part
}
