import type { Endpoint } from '../bill/endpoints.ts'
import type { BillApi, KnownHost } from '../bill/hosts.ts'

export type Severity = 'error' | 'warning' | 'info'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

/** Where a flagged field sits, for highlighting. Ranges are [start, end) UTF-16 offsets. */
export type FindingLocation =
  /** In the body text as shown (v3 JSON). */
  | { in: 'body'; pointer: string; range: [number, number] }
  /** In the decoded `data` form field of a v2 body (its JSON text, not the percent-encoded body). */
  | { in: 'data'; pointer: string; range: [number, number] }
  /** In the request URL string (query parameters). */
  | { in: 'url'; range: [number, number] }

export interface Finding {
  /** Stable id that QA reports and CI configurations name. */
  ruleId: string
  severity: Severity
  message: string
  field?: string
  /** The value as written: a boolean, or the string form ("true") some clients send. */
  value?: unknown
  fix?: string
  /** The date the rule is about (a rejection or shutdown date), YYYY-MM-DD. */
  deadline?: string
  location?: FindingLocation
}

/** Which BILL API a request goes to, and the endpoint when the catalogue knows it. */
export interface BillTarget {
  api: BillApi
  host?: KnownHost
  endpoint?: Endpoint
  /** The URL path BILL sees (after the host), without the query. */
  pathname: string
  /** Set when the request went through a CORS proxy whose URL carries BILL's. */
  proxied?: true
}
