// BILL's request limits (docs/bill-api.md §10): DOC api-rate-limits and FAQ.

/** Requests in flight at once per developer key and organization; more are refused with BDC_1322. */
export const CONCURRENT_REQUESTS_LIMIT = 3

/** Calls that send a text (MFA setup, MFA challenge) per user and minute. */
export const TEXT_CALLS_PER_MINUTE = 5

/** Sign-ins per developer key and hour (v2 counts ListOrgs.json too). */
export const SIGN_INS_PER_HOUR = 200
