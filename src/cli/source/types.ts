import type { Severity } from '../../shared/rules/types.ts'
import type { FixKind } from '../fix/fix-kinds.ts'
import type { ImportContext } from './imports/context.ts'

/** Languages parsed structurally; every other file is read by the text matcher. */
export type StructuralLanguage =
  | 'typescript'
  | 'tsx'
  | 'javascript'
  | 'python'
  | 'java'
  | 'csharp'
  | 'go'
  | 'ruby'
  | 'php'
  | 'bash'
  | 'json'
  | 'kotlin'
  | 'swift'
  | 'rust'
  | 'yaml'

export type SourceLanguage = StructuralLanguage | 'markdown' | 'text'

export interface SourceFile {
  path: string
  text: string
}

export interface ScanOptions {
  now: Date
  /** What the other modules of the scanned tree say about this file (imports/tree.ts). */
  imports?: ImportContext
}

/** A replacement of [start, end) (UTF-16 offsets in the file) that makes the finding go away. */
export interface SourceEdit {
  start: number
  end: number
  text: string
  /** `safe` keeps what the call does (--fix applies it); `suggestion` changes it (shown only). */
  kind: FixKind
}

export interface SourceFinding {
  ruleId: string
  severity: Severity
  message: string
  fix?: string
  /** 1-based, columns in UTF-16 units; the end is exclusive. */
  line: number
  column: number
  endLine: number
  endColumn: number
  field?: string
  /** The literal value as written (boolean, or the string form); absent for run-time values. */
  value?: unknown
  /** BILL endpoint id (src/shared/bill/endpoints.ts) when the analysis resolved where the value goes. */
  endpoint?: string
  /** `text`: found by the line matcher (language not parsed), less precise. */
  analysis: 'structural' | 'text'
  /** Set when a `bill-mfa-lint-disable-next-line` comment covers the finding. */
  suppressed?: { reason: string }
  /** The rewrite of a literal value (JS/TS/Python only), safe or a suggestion. */
  edit?: SourceEdit
}

export interface SourceScanResult {
  language: SourceLanguage
  findings: SourceFinding[]
  /** The parser package the file's language needs and that is not installed: read by the line matcher. */
  missingParser?: string
}

export interface FixChange {
  line: number
  before: string
  after: string
}

export interface FixResult {
  text: string
  changes: FixChange[]
}
