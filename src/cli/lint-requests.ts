import type { NormalizedRequest } from '../shared/har/request.ts'
import { redactUrl } from '../shared/redact/redact-url.ts'
import { evaluate } from '../shared/rules/evaluate.ts'
import { excerpt, locatedText } from '../shared/rules/excerpt.ts'
import { type ReportLocation, toReportFinding } from '../shared/rules/report.ts'
import { billTarget } from '../shared/rules/target.ts'
import type { Finding } from '../shared/rules/types.ts'
import type { CliFinding, LintSettings } from './cli-finding.ts'

/** Runs the engine on one request (a HAR entry or a Postman item) and places its findings in the file. */
export function lintRequest(
  request: NormalizedRequest,
  file: string,
  location: ReportLocation,
  settings: LintSettings,
  /** The URL shown, when the engine was given another spelling of it (a Postman variable host). */
  shownUrl = request.url,
): CliFinding[] {
  const ev = evaluate(request, { hosts: settings.hosts, now: settings.now })
  if (!ev.target) return []
  const place = { file, location, request: { method: request.method, url: shownUrl, api: ev.target.api } }
  return ev.findings.map((f) => {
    const report = toReportFinding(f, place)
    if (!f.location) return { report }
    // URLs may carry credentials; the excerpt then shows the masked URL instead of a slice of it.
    if (f.location.in === 'url') return { report, excerpt: redactUrl(shownUrl) }
    const where = f.location.in === 'data' ? 'data: ' : ''
    return {
      report,
      excerpt: where + excerpt(locatedText(f.location, request.url, ev.body), f.location.range),
    }
  })
}

/** A sequence rule's finding, placed on the HAR entry of the call that shows the pattern. */
export function sequenceFinding(
  finding: Finding,
  request: NormalizedRequest,
  file: string,
  entry: number,
  settings: LintSettings,
): CliFinding {
  // The sequence rules read only BILL's calls, so the target is there; v3 stands in if it ever is not.
  const api = billTarget(request.method, request.url, settings.hosts)?.api ?? 'v3'
  const shown = { method: request.method, url: request.url, api }
  return { report: toReportFinding(finding, { file, location: { entry }, request: shown }) }
}
