import type { BillApi } from '../../shared/bill/hosts.ts'
import { type SeverityCounts, summarize } from '../../shared/rules/index.ts'
import { type AnalyzedRequest, searchText } from './analyze.ts'

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

/** The rows a filter lets through, with their findings counted by severity. */
export interface ShownRows {
  rows: AnalyzedRequest[]
  counts: SeverityCounts
}

export const noRowsShown = (): ShownRows => ({ rows: [], counts: summarize([]) })

/** Adds the rows of `items` from index `from` that pass `filter` (in place: O(rows added)). */
export function addShownRows(
  shown: ShownRows,
  items: readonly AnalyzedRequest[],
  from: number,
  filter: RowFilter,
): ShownRows {
  const needle = filter.text.trim().toLowerCase()
  for (let i = from; i < items.length; i++) {
    const row = items[i]
    if (
      row &&
      (filter.showAll || row.target !== undefined) &&
      (!filter.issuesOnly || row.findings.length > 0) &&
      (filter.api === 'all' || row.target?.api === filter.api) &&
      (needle === '' || searchText(row).includes(needle))
    ) {
      shown.rows.push(row)
      for (const f of row.findings) shown.counts[f.severity]++
    }
  }
  return shown
}

export function filterRows(rows: readonly AnalyzedRequest[], filter: RowFilter): AnalyzedRequest[] {
  return addShownRows(noRowsShown(), rows, 0, filter).rows
}
