import { expiresAt } from './clock.ts'
import type { SessionRecord } from './record.ts'

// Which alarms the background needs for a session: the worker is stopped when idle, so every timer is a
// chrome.alarms entry derived from stored timestamps, re-derived at every wake.
export const ALARMS = {
  expiry: 'session-expiry',
  warning: 'session-warning',
  keepAlive: 'session-keep-alive',
  badge: 'badge-tick',
} as const

type AlarmName = (typeof ALARMS)[keyof typeof ALARMS]

export interface AlarmPlan {
  /** Alarms to (re)create, with their due time; periodic ones also have a period. */
  set: { name: AlarmName; when: number; periodInMinutes?: number }[]
  clear: AlarmName[]
}

export interface SchedulePreferences {
  warnMinutesBefore: number
  notificationsEnabled: boolean
  keepAliveEnabled: boolean
  keepAliveMaxPings: number
}

/** Keep-alive pings this long before the end: late enough to be rare, early enough to land. */
export const KEEP_ALIVE_LEAD_MS = 60_000

export function planAlarms(
  record: SessionRecord | undefined,
  prefs: SchedulePreferences,
  now: number,
): AlarmPlan {
  const all: AlarmName[] = [ALARMS.expiry, ALARMS.warning, ALARMS.keepAlive, ALARMS.badge]
  const end = record?.status === 'active' ? expiresAt(record.clock) : undefined
  if (!record || end === undefined) return { set: [], clear: all }

  const set: AlarmPlan['set'] = [
    { name: ALARMS.expiry, when: end },
    // The badge shows whole minutes, so a minute tick is enough (and the floor for packed extensions).
    { name: ALARMS.badge, when: now + 60_000, periodInMinutes: 1 },
  ]
  const warnAt = end - prefs.warnMinutesBefore * 60_000
  if (prefs.notificationsEnabled && record.warnedForExpiry !== end && warnAt > now) {
    set.push({ name: ALARMS.warning, when: warnAt })
  }
  if (prefs.keepAliveEnabled && record.keepAlivePings < prefs.keepAliveMaxPings) {
    set.push({ name: ALARMS.keepAlive, when: Math.max(now, end - KEEP_ALIVE_LEAD_MS) })
  }
  const named = new Set(set.map((a) => a.name))
  return { set, clear: all.filter((n) => !named.has(n)) }
}
