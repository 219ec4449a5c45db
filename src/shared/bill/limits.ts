// BILL's request limits (docs/bill-api.md §10): DOC api-rate-limits and FAQ.

/** Requests in flight at once per developer key and organization; more are refused with BDC_1322. */
export const CONCURRENT_REQUESTS_LIMIT = 3

/** Calls that send a text (MFA setup, MFA challenge) per user and minute. */
export const TEXT_CALLS_PER_MINUTE = 5

/** Sign-ins per developer key and hour (v2 counts ListOrgs.json too). */
export const SIGN_INS_PER_HOUR = 200

/** Requests per developer key and hour, any endpoint; more are refused with BDC_1144 until the next hour. */
export const REQUESTS_PER_HOUR = 20_000

/**
 * A sync-token session's lifetime. The docs disagree: 48 hours (v3 token-based sign-in, sandbox sign-in) or
 * "does not expire" (v2 auth-login); docs/bill-api.md §14. The sandbox supports both (--token-lifetime-hours).
 */
export const TOKEN_SESSION_HOURS = 48
