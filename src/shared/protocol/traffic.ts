import type { BillApi } from '../bill/hosts.ts'
import type { Severity } from '../rules/types.ts'

/**
 * One finding on a BILL call the background saw from a tab (no DevTools needed). Nothing secret is kept:
 * no URL query, no body, no header; only what says which rule fired where.
 */
export interface FlaggedRequest {
  /** Unique within the browser session (for list keys). */
  id: string
  ruleId: string
  severity: Severity
  /** The rules engine's message and fix, word for word as the DevTools panel and the CLI show them. */
  message: string
  fix?: string
  field?: string
  api: BillApi
  method: string
  /**
   * BILL's path without the host: "v3/mfa/challenge", "v2/MFAChallenge.json"; any other path is cut to
   * FLAGGED_TEXT_LIMITS.endpoint characters (a page chooses its paths, up to the browser's 2 MB URLs).
   */
  endpoint: string
  /** The origin of the page that made the call, when the browser says it. */
  pageOrigin?: string
  /** True when the call went through a CORS proxy whose URL carries BILL's. */
  proxied?: boolean
  /** When the request started (epoch ms). */
  time: number
}

export interface FlaggedList {
  /** Newest first, at most FLAGGED_LIMIT items and FLAGGED_MAX_BYTES of JSON. */
  items: FlaggedRequest[]
  /** How many of the items arrived since the popup last showed the list. */
  unseen: number
}

export const FLAGGED_LIMIT = 50
/** The list's JSON stays under this, whatever the pages send (a full list of 50 weighs about 35 KB). */
export const FLAGGED_MAX_BYTES = 64 * 1024
/** The longest text kept in each field of an item (any page chooses its URLs, hence the endpoint). */
export const FLAGGED_TEXT_LIMITS = {
  method: 20,
  endpoint: 120,
  message: 400,
  fix: 400,
  field: 100,
  pageOrigin: 200,
}

/** Findings on tab traffic, kept in storage.local away from the session record (emptied when the browser starts). */
export interface TrafficProtocol {
  listFlaggedRequests: { params: undefined; result: FlaggedList }
  /** The popup showed the list: the badge mark goes. */
  markFlaggedRequestsSeen: { params: undefined; result: FlaggedList }
  clearFlaggedRequests: { params: undefined; result: FlaggedList }
}

/** Pushed by the background to open pages, with the new list. */
export interface TrafficEvents {
  flaggedChanged: FlaggedList
}
