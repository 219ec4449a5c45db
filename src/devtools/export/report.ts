import type { BillApi } from '../../shared/bill/hosts.ts'
import { type KnownSecrets, NO_SECRETS, redactUrl } from '../../shared/redact/index.ts'
import { buildReport, type Finding, type LintReport, toReportFinding } from '../../shared/rules/index.ts'
import type { Privacy } from './prepare.ts'

/** The HAR file the report's entry indexes point into (exported from the same rows). */
export const REPORT_HAR_NAME = 'bill-requests.har'

export interface ReportRow {
  method: string
  url: string
  api?: BillApi
  findings: readonly Finding[]
}

/** The CLI's report schema (version 1) for the rows shown, entry i being the i-th row; `known`: the capture's secrets. */
export function findingsReport(
  rows: readonly ReportRow[],
  privacy: Privacy,
  known: KnownSecrets = NO_SECRETS,
): LintReport {
  const findings = rows.flatMap((row, entry) =>
    row.findings.map((finding) =>
      toReportFinding(finding, {
        file: REPORT_HAR_NAME,
        location: { entry },
        ...(row.api
          ? {
              request: {
                method: row.method,
                url: privacy === 'raw' ? row.url : redactUrl(row.url, known),
                api: row.api,
              },
            }
          : {}),
      }),
    ),
  )
  const report = buildReport({ files: 1, requests: rows.length, findings })
  // Finding values and messages quote the request: known secrets are masked there too.
  return privacy === 'raw' ? report : known.maskDeep(report)
}
