import type { ReportFinding } from '../shared/rules/report.ts'
import type { FixKind } from './fix/fix-kinds.ts'

/** A report finding plus what the text output shows under it (the offending line or body excerpt). */
export interface CliFinding {
  report: ReportFinding
  excerpt?: string
  /** Silenced by a `bill-mfa-lint-disable-next-line` comment, with its reason. */
  suppressed?: { reason: string }
  /** Source findings: how they were found (parsed, or the text matcher's fallback) and where they end. */
  source?: SourceDetails
  /** Where a --fix can rewrite the value (Postman bodies); source files are fixed by their analyser. */
  fixTarget?: FixTarget
  /** Source findings on a literal: its rewrite, safe or a suggestion (SARIF `fixes`). */
  rewrite?: Rewrite
}

/** A replacement of the region [start, end) of a source file (1-based lines and columns). */
interface Rewrite {
  start: { line: number; column: number }
  end: { line: number; column: number }
  text: string
  kind: FixKind
}

interface SourceDetails {
  analysis: 'structural' | 'text'
  /** 1-based, exclusive. */
  end: { line: number; column: number }
  /** The BILL endpoint id the value goes to, when the analysis resolved it. */
  endpoint?: string
}

/** A Postman request whose body holds a flagged literal: the JSON path of its item in the collection. */
interface FixTarget {
  itemPath: (string | number)[]
}

export interface FileResult {
  requests: number
  findings: CliFinding[]
  /** Why part of the file could not be used (a malformed collection): exit 2 when the file was named. */
  problem?: string
  /** The parser package the file's language lacked (read by the line matcher): the run's hint names it. */
  missingParser?: string
}

export interface LintSettings {
  hosts: readonly string[]
  now: Date
}
