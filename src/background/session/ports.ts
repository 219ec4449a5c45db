import type { BillClient } from '../../shared/bill/client.ts'
import type { BillApi } from '../../shared/bill/hosts.ts'
import type { HistoryEventInput } from '../../shared/history.ts'
import type { Preferences } from '../../shared/preferences.ts'
import type { DeviceIdentity, NewTrustedDevice, TrustedDevice } from '../../shared/profiles/devices.ts'
import type { Profile } from '../../shared/profiles/types.ts'
import type { Badge } from '../../shared/session/badge.ts'
import type { SessionRecord } from '../../shared/session/record.ts'
import type { AlarmPlan } from '../../shared/session/schedule.ts'
import type { SessionView } from '../../shared/session/view.ts'

// Everything the session service needs from the outside world. The real ports wrap chrome.* and the
// IndexedDB store (chrome-ports.ts); unit tests pass fakes.
export interface SessionPorts {
  now(): number
  /** storage.session: the record with the session id. */
  loadRecord(): Promise<SessionRecord | undefined>
  saveRecord(record: SessionRecord | undefined): Promise<void>
  getProfile(id: string): Promise<Profile | undefined>
  getPreferences(): Promise<Preferences>
  findTrustedDevice(profileId: string, api: BillApi, now: number): Promise<TrustedDevice | undefined>
  recordTrustedDevice(device: NewTrustedDevice): Promise<unknown>
  forgetTrustedDevice(id: string): Promise<unknown>
  deviceIdentity(): Promise<DeviceIdentity>
  appendEvent(event: HistoryEventInput): Promise<unknown>
  /** Whether a granted host permission covers this URL: nothing is sent to an origin the user did not grant. */
  hostAllowed(url: string): Promise<boolean>
  /** A BILL client that asks `hostAllowed` before every request. */
  clientFor(
    profile: Pick<Profile, 'api' | 'devKey'> & {
      baseUrls: SessionRecord['baseUrls']
      hostAllowed: (url: string) => Promise<boolean>
    },
  ): BillClient
  applyAlarms(plan: AlarmPlan): Promise<void>
  showBadge(badge: Badge | undefined): Promise<void>
  notify(kind: 'warning' | 'expired', title: string, message: string): Promise<void>
  clearNotifications(): Promise<void>
  /** Sends open pages the session's new view (the `sessionChanged` event). */
  broadcast(view: SessionView): void
}
