import { type AnalyzedRequest, byStartTime } from '../panel/analyze.ts'

/** A HAR file's rows as the reader sends them: appended in place, noting whether they came in start-time order. */
export interface FileRows {
  rows: AnalyzedRequest[]
  inOrder: boolean
}

export const noFileRows = (): FileRows => ({ rows: [], inOrder: true })

/** O(added): the rows already kept are never copied or compared again. */
export function appendRows(file: FileRows, added: readonly AnalyzedRequest[]): void {
  for (const row of added) {
    const last = file.rows[file.rows.length - 1]
    if (last && byStartTime(last, row) > 0) file.inOrder = false
    file.rows.push(row)
  }
}

/** The rows by start time: browsers export in that order, so a file is sorted (once, at the end) only if not. */
export const rowsByStartTime = (file: FileRows): AnalyzedRequest[] =>
  file.inOrder ? file.rows : [...file.rows].sort(byStartTime)
