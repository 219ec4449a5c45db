import type { BillClient } from '../../shared/bill/client.ts'
import type { Preferences } from '../../shared/preferences.ts'
import { sessionBadge } from '../../shared/session/badge.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import { planAlarms } from '../../shared/session/schedule.ts'
import { type SessionView, sessionView } from '../../shared/session/view.ts'
import type { SessionPorts } from './ports.ts'

/**
 * The one copy of the session record and the one way to change it. State lives in storage.session; the
 * in-memory copy is only a cache of it, re-read at every worker start. Read-modify-write steps are serialized;
 * BILL calls run outside that lock so the popup can read the state while a call is in flight.
 */
export interface Owner {
  readonly ports: SessionPorts
  record(): SessionRecord | undefined
  serialized<T>(fn: () => Promise<T>): Promise<T>
  /**
   * Persists the record, then brings badge and open pages (and, unless only the idle clock moved, alarms) in
   * line with it. Call inside serialized().
   */
  commit(next: SessionRecord | undefined, change?: 'state' | 'activity'): Promise<void>
  /** Applies fn to the current record, if it is still the session `expected` refers to. */
  update(
    fn: (r: SessionRecord) => SessionRecord | undefined,
    expected?: SessionRecord,
    change?: 'state' | 'activity',
  ): Promise<void>
  refreshBadge(prefs?: Preferences): Promise<void>
  clientOf(r: SessionRecord): BillClient
  view(): SessionView
}

export function createOwner(ports: SessionPorts): Owner {
  let record: SessionRecord | undefined
  let lock: Promise<unknown> = Promise.resolve()

  const owner: Owner = {
    ports,
    record: () => record,

    serialized(fn) {
      const run = lock.then(fn, fn)
      lock = run.catch(() => undefined)
      return run
    },

    async commit(next, change = 'state') {
      record = next
      await ports.saveRecord(next)
      const prefs = await ports.getPreferences()
      // Activity only moves the end later: the alarms already set fire early and re-plan then (see idle.ts).
      if (change === 'state') await ports.applyAlarms(planAlarms(next, prefs, ports.now()))
      await owner.refreshBadge(prefs)
      ports.broadcast(sessionView(next, ports.now()))
    },

    update(fn, expected, change = 'state') {
      return owner.serialized(async () => {
        if (!record || (expected && record.sessionId !== expected.sessionId)) return
        await owner.commit(fn(record), change)
      })
    },

    async refreshBadge(prefs) {
      const p = prefs ?? (await ports.getPreferences())
      await ports.showBadge(sessionBadge(record, p, ports.now()))
    },

    clientOf: (r) =>
      ports.clientFor({ api: r.api, devKey: r.devKey, baseUrls: r.baseUrls, hostAllowed: ports.hostAllowed }),

    view: () => sessionView(record, ports.now()),
  }
  return owner
}
