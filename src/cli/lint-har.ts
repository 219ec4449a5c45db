import { harEntryToRequest } from '../shared/har/normalize.ts'
import type { HarLog } from '../shared/har/types.ts'
import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import { lintRequest } from './lint-requests.ts'

export function lintHar(doc: HarLog, file: string, settings: LintSettings): FileResult {
  const findings: CliFinding[] = []
  let requests = 0
  doc.log.entries.forEach((entry, index) => {
    const request = harEntryToRequest(entry)
    if (!request) return
    requests++
    for (const f of lintRequest(request, file, { entry: index }, settings)) findings.push(f)
  })
  return { requests, findings }
}
