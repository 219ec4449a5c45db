import { createBillClient } from '../../shared/bill/client.ts'
import { eventMessage } from '../../shared/protocol/index.ts'
import { BADGE_COLOURS } from '../../shared/session/badge.ts'
import { SESSION_RECORD_KEY as RECORD_KEY, type SessionRecord } from '../../shared/session/record.ts'
import { hostGranted } from '../host-access.ts'
import {
  appendEvent,
  findTrustedDevice,
  forgetTrustedDevice,
  getDeviceIdentity,
  getPreferences,
  getProfile,
  recordTrustedDevice,
} from '../store/index.ts'
import type { SessionPorts } from './ports.ts'

// The real ports: chrome.* and the IndexedDB store. Thin on purpose; the logic is in service.ts.
const NOTIFICATION_IDS = { warning: 'session-warning', expired: 'session-expired' } as const

export const chromePorts: SessionPorts = {
  now: () => Date.now(),
  async loadRecord() {
    const stored = await chrome.storage.session.get(RECORD_KEY)
    return stored[RECORD_KEY] as SessionRecord | undefined
  },
  async saveRecord(record) {
    if (record) await chrome.storage.session.set({ [RECORD_KEY]: record })
    else await chrome.storage.session.remove(RECORD_KEY)
  },
  getProfile,
  getPreferences,
  findTrustedDevice,
  recordTrustedDevice,
  forgetTrustedDevice,
  deviceIdentity: getDeviceIdentity,
  appendEvent,
  hostAllowed: hostGranted,
  clientFor: (p) =>
    createBillClient({ api: p.api, baseUrls: p.baseUrls, devKey: p.devKey, hostAllowed: p.hostAllowed }),
  async applyAlarms(plan) {
    await Promise.all(plan.clear.map((name) => chrome.alarms.clear(name)))
    for (const a of plan.set) {
      // Re-creating an alarm that is already due at the same time would postpone periodic ones: skip those.
      const existing = await chrome.alarms.get(a.name)
      if (existing && existing.scheduledTime === a.when && a.periodInMinutes === undefined) continue
      if (existing && a.periodInMinutes !== undefined && existing.periodInMinutes === a.periodInMinutes)
        continue
      await chrome.alarms.create(a.name, {
        when: a.when,
        ...(a.periodInMinutes ? { periodInMinutes: a.periodInMinutes } : {}),
      })
    }
  },
  async showBadge(badge) {
    await chrome.action.setBadgeText({ text: badge?.text ?? '' })
    if (badge) {
      await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[badge.tone] })
      await chrome.action.setTitle({ title: badge.title })
    } else {
      await chrome.action.setTitle({ title: 'BILL Sandbox Companion' })
    }
  },
  async notify(kind, title, message) {
    await chrome.notifications.create(NOTIFICATION_IDS[kind], {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title,
      message,
    })
  },
  async clearNotifications() {
    await Promise.all(Object.values(NOTIFICATION_IDS).map((id) => chrome.notifications.clear(id)))
  },
  broadcast(view) {
    // No page open is the usual case, not an error.
    chrome.runtime.sendMessage(eventMessage('sessionChanged', view)).catch(() => undefined)
  },
}

/** Clicking a session notification opens the popup (or, where that is not allowed, a popup window). */
export function openPopupFromNotification(): void {
  chrome.action.openPopup().catch(() =>
    chrome.windows.create({
      url: chrome.runtime.getURL('src/popup/index.html'),
      type: 'popup',
      width: 380,
      height: 600,
    }),
  )
}
