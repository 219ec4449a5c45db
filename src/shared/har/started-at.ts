/**
 * A HAR entry's startedDateTime as epoch milliseconds, 0 when it is missing or no date: the one reading
 * the panel sorts rows by (captured-request.ts) and the HAR reader orders a file's entries by (start-order.ts).
 */
export function startedAtMs(dateTime: unknown): number {
  const ms = typeof dateTime === 'string' ? Date.parse(dateTime) : Number.NaN
  return Number.isNaN(ms) ? 0 : ms
}
