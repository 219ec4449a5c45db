import type { Severity } from './types.ts'

/** A severity that changes on a date (UTC midnight), e.g. a warning until BILL starts rejecting a value. */
interface DatedSeverity {
  before: Severity
  from: string
  onwards: Severity
}

export type RuleSeverity = Severity | DatedSeverity

export type DateInput = Date | string | number

// A run asks about the same moments again and again (its "now" for every rule and request, each request's
// own time for the response rules): answers are kept, by time for a Date (it may have changed since).
const days = new Map<string | number, string>()

/** The calendar day of a moment, in UTC, as YYYY-MM-DD ("" for an invalid date). */
function dayOf(now: DateInput): string {
  const key = now instanceof Date ? now.getTime() : now
  let day = days.get(key)
  // Stryker disable next-line ConditionalExpression: working the day out again each time gives the same day
  if (day === undefined) {
    const time = new Date(key).getTime()
    // Stryker disable next-line MethodExpression: a whole ISO time compares with a YYYY-MM-DD day as its first 10 characters do
    day = Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound; clearing sooner, later or never gives the same days
    if (days.size >= 1024) days.clear()
    days.set(key, day)
  }
  return day
}

/** True once `day` (YYYY-MM-DD) has been reached at `now`. */
export function reached(day: string, now: DateInput): boolean {
  return dayOf(now) >= day
}

export function severityAt(severity: RuleSeverity, now: DateInput): Severity {
  if (typeof severity === 'string') return severity
  return reached(severity.from, now) ? severity.onwards : severity.before
}
