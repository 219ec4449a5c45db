import type { BillApi } from '../bill/hosts.ts'
import { redactUrl } from '../redact/redact-url.ts'
import { summarize } from './summary.ts'
import type { Finding, Severity } from './types.ts'

// The report schema (version 1) shared by the CLI (--format json) and the DevTools panel's export.

export interface ReportLocation {
  /** HAR entry index (0-based, as in log.entries). */
  entry?: number
  /** Postman item path: folders and the request name joined by " / ". */
  item?: string
  /** Source files: 1-based line and column. */
  line?: number
  column?: number
}

interface ReportRequest {
  method: string
  url: string
  api: BillApi
}

export interface ReportFinding {
  ruleId: string
  severity: Severity
  message: string
  file: string
  location: ReportLocation
  request?: ReportRequest
  field?: string
  value?: unknown
  fix?: string
}

interface ReportSummary {
  files: number
  requests: number
  errors: number
  warnings: number
  infos: number
}

export interface LintReport {
  version: 1
  findings: ReportFinding[]
  summary: ReportSummary
}

export interface FindingPlace {
  file: string
  location: ReportLocation
  request?: ReportRequest
}

/** A finding placed in a file, in the schema's field order; secrets in URLs are masked (shared/redact). */
export function toReportFinding(finding: Finding, place: FindingPlace): ReportFinding {
  const out: ReportFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: place.file,
    location: place.location,
  }
  if (place.request) out.request = { ...place.request, url: redactUrl(place.request.url) }
  if (finding.field !== undefined) out.field = finding.field
  if (finding.value !== undefined) out.value = finding.value
  if (finding.fix !== undefined) out.fix = finding.fix
  return out
}

export function buildReport(input: {
  files: number
  requests: number
  findings: readonly ReportFinding[]
}): LintReport {
  const counts = summarize(input.findings)
  return {
    version: 1,
    findings: [...input.findings],
    summary: {
      files: input.files,
      requests: input.requests,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    },
  }
}

/** "entry 3", "item a / b", "line 4:7": where a finding sits inside its file. */
export function describeLocation(location: ReportLocation): string {
  // A Postman item also carries its line (for SARIF and annotations): its name says more to a reader.
  if (location.item !== undefined) return `item ${location.item}`
  if (location.line !== undefined)
    return `line ${location.line}${location.column ? `:${location.column}` : ''}`
  if (location.entry !== undefined) return `entry ${location.entry}`
  return ''
}

const cell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export function reportToMarkdown(report: LintReport): string {
  const s = report.summary
  const lines = [
    '# BILL MFA lint report',
    '',
    `**${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}** in ${plural(s.files, 'file')} (${plural(s.requests, 'request')}).`,
  ]
  if (report.findings.length > 0) {
    lines.push('', '| Severity | Rule | Where | Message | Fix |', '| --- | --- | --- | --- | --- |')
    for (const f of report.findings) {
      const where = [f.file, describeLocation(f.location)].filter(Boolean).join(', ')
      const request = f.request ? `<br>${f.request.method} ${f.request.url}` : ''
      lines.push(
        `| ${f.severity} | \`${f.ruleId}\` | ${cell(where)}${cell(request)} | ${cell(f.message)} | ${cell(f.fix ?? '')} |`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
