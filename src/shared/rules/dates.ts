import type { Severity } from './types.ts'

/** A severity that changes on a date (UTC midnight), e.g. a warning until BILL starts rejecting a value. */
export interface DatedSeverity {
  before: Severity
  from: string
  onwards: Severity
}

export type RuleSeverity = Severity | DatedSeverity

export type DateInput = Date | string | number

const last = { time: Number.NaN, day: '' }

/** The calendar day of a moment, in UTC, as YYYY-MM-DD ("" for an invalid date). */
export function dayOf(now: DateInput): string {
  const d = now instanceof Date ? now : new Date(now)
  const time = d.getTime()
  // A run asks about the same moment for every rule and request: the last answer is kept.
  if (time === last.time) return last.day
  last.time = time
  last.day = Number.isNaN(time) ? '' : d.toISOString().slice(0, 10)
  return last.day
}

/** True once `day` (YYYY-MM-DD) has been reached at `now`. */
export function reached(day: string, now: DateInput): boolean {
  return dayOf(now) >= day
}

export function severityAt(severity: RuleSeverity, now: DateInput): Severity {
  if (typeof severity === 'string') return severity
  return reached(severity.from, now) ? severity.onwards : severity.before
}
