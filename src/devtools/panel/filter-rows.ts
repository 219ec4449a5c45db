import type { BillApi } from '../../shared/bill/hosts.ts'
import { type SeverityCounts, summarize } from '../../shared/rules/index.ts'
import type { AnalyzedRequest } from './analyze.ts'

export type ApiFilter = 'all' | BillApi

export interface RowFilter {
  /** Matched case-insensitively against URL, endpoint name and body text. */
  text: string
  issuesOnly: boolean
  api: ApiFilter
  /** Also show requests that are not BILL's. */
  showAll: boolean
}

export const NO_FILTER: RowFilter = { text: '', issuesOnly: false, api: 'all', showAll: false }

export function filterRows(rows: readonly AnalyzedRequest[], filter: RowFilter): AnalyzedRequest[] {
  const needle = filter.text.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (filter.showAll || row.target !== undefined) &&
      (!filter.issuesOnly || row.findings.length > 0) &&
      (filter.api === 'all' || row.target?.api === filter.api) &&
      (needle === '' || row.haystack.includes(needle)),
  )
}

/** Findings by severity over the rows shown. */
export function countFindings(rows: readonly AnalyzedRequest[]): SeverityCounts {
  return summarize(rows.flatMap((r) => r.findings))
}
