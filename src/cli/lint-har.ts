import type { Entry } from 'har-format'
import { KNOWN_HOSTS } from '../shared/bill/hosts.ts'
import { harEntryToRequest } from '../shared/har/normalize.ts'
import type { HarLog } from '../shared/har/types.ts'
import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import { lintRequest } from './lint-requests.ts'

/**
 * A URL that cannot be BILL's: none of BILL's host names anywhere in it (the engine also finds BILL URLs
 * carried inside a proxy's URL, percent-encoded or not: the host name is there all the same) and no
 * {{variable}}. Most of a capture is other traffic; such entries are counted and not evaluated. With
 * --host, every entry is evaluated.
 */
const MAY_BE_BILL = new RegExp(
  [...KNOWN_HOSTS.map((h) => h.host.replace(/\./g, '\\.')), '\\{\\{', '%7b%7b'].join('|'),
  'i',
)

export function lintHar(doc: HarLog, file: string, settings: LintSettings): FileResult {
  const findings: CliFinding[] = []
  const quick = settings.hosts.length === 0
  let requests = 0
  doc.log.entries.forEach((entry, index) => {
    const url = (entry as Entry | null)?.request?.url
    if (quick && typeof url === 'string' && !MAY_BE_BILL.test(url)) {
      requests++
      return
    }
    const request = harEntryToRequest(entry)
    if (!request) return
    requests++
    for (const f of lintRequest(request, file, { entry: index }, settings)) findings.push(f)
  })
  return { requests, findings }
}
