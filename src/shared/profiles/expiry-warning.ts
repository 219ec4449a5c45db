import { DAY_MS, type TrustedDevice } from './devices.ts'

// Three days before a remembered device's 30 days end, the user is told once: an integration running on an
// exported device will need a new one (docs/options.md).

export const WARN_DAYS_BEFORE_EXPIRY = 3

/** Device id → the expiry the user was warned about (a device remembered again has a new expiry). */
export type ExpiryWarnings = Record<string, number>

export interface ExpiryPlan {
  /** Devices to warn about now. */
  due: TrustedDevice[]
  /** The warnings to store: the ones given, kept only for devices that still exist. */
  warned: ExpiryWarnings
  /** When the next warning falls due, for the alarm; undefined when none is left. */
  nextAt: number | undefined
}

const warnAt = (d: Pick<TrustedDevice, 'expiresAt'>) => d.expiresAt - WARN_DAYS_BEFORE_EXPIRY * DAY_MS

/** One pass over the devices (linear); `devices` are the unexpired ones. */
export function planExpiryWarnings(
  devices: TrustedDevice[],
  before: ExpiryWarnings,
  now: number,
): ExpiryPlan {
  const due: TrustedDevice[] = []
  const warned: ExpiryWarnings = {}
  let nextAt: number | undefined
  for (const d of devices) {
    if (before[d.id] === d.expiresAt) warned[d.id] = d.expiresAt
    else if (warnAt(d) <= now) {
      due.push(d)
      warned[d.id] = d.expiresAt
    } else nextAt = Math.min(nextAt ?? warnAt(d), warnAt(d))
  }
  return { due, warned, nextAt }
}
