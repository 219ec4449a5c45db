import { SEED_ACCOUNTS } from '../../sandbox/accounts.ts'
import type { SandboxApp } from '../../sandbox/app.ts'
import type { SessionPorts } from '../../src/background/session/ports.ts'
import { createBillClient } from '../../src/shared/bill/client.ts'
import { DEFAULT_PREFERENCES } from '../../src/shared/preferences.ts'
import { DAY_MS, type TrustedDevice } from '../../src/shared/profiles/devices.ts'
import type { Profile } from '../../src/shared/profiles/types.ts'
import type { Badge } from '../../src/shared/session/badge.ts'
import type { SessionRecord } from '../../src/shared/session/record.ts'
import type { AlarmPlan } from '../../src/shared/session/schedule.ts'

export const qa = SEED_ACCOUNTS[0]!
export const IDLE_S = 120

/** In-memory ports around the real BILL client talking to the in-process sandbox; one clock for both. */
export function harness(sandbox: SandboxApp, api: 'v2' | 'v3' = 'v3') {
  const state = {
    record: undefined as SessionRecord | undefined,
    devices: [] as TrustedDevice[],
    alarms: [] as AlarmPlan[],
    badges: [] as (Badge | undefined)[],
    notes: [] as { kind: string; title: string }[],
    events: [] as string[],
    /** Hosts without a granted host permission. */
    ungranted: [] as string[],
  }
  const profile: Profile = {
    id: 'p1',
    name: 'QA local',
    environment: 'custom',
    customBaseUrls: { v2: sandbox.v2Base, v3: sandbox.v3Base },
    api,
    organizationId: qa.organizationId,
    devKey: qa.devKey,
    username: qa.username,
    authMethod: 'password',
    idleTimeoutSeconds: IDLE_S,
    createdAt: 0,
    updatedAt: 0,
  }
  const ports: SessionPorts = {
    now: () => sandbox.state.clock.now(),
    loadRecord: async () => structuredClone(state.record),
    saveRecord: async (r) => {
      state.record = structuredClone(r)
    },
    getProfile: async (id) => (id === profile.id ? profile : undefined),
    getPreferences: async () => ({ ...DEFAULT_PREFERENCES }),
    findTrustedDevice: async (profileId, a, now) =>
      state.devices.find((d) => d.profileId === profileId && d.api === a && d.expiresAt > now),
    recordTrustedDevice: async (d) => {
      state.devices.push({ ...d, id: `d${state.devices.length}`, expiresAt: d.issuedAt + 30 * DAY_MS })
    },
    forgetTrustedDevice: async (id) => {
      state.devices = state.devices.filter((d) => d.id !== id)
    },
    deviceIdentity: async () => ({ deviceId: 'install-1', machineName: 'BILL Sandbox Companion on Chrome' }),
    appendEvent: async (e) => {
      state.events.push(e.kind)
    },
    hostAllowed: async (url) => !state.ungranted.includes(new URL(url).host),
    clientFor: (p) =>
      createBillClient({
        api: p.api,
        baseUrls: p.baseUrls,
        devKey: p.devKey,
        fetch: sandbox.fetch,
        hostAllowed: p.hostAllowed,
      }),
    applyAlarms: async (plan) => {
      state.alarms.push(plan)
    },
    showBadge: async (b) => {
      state.badges.push(b)
    },
    notify: async (kind, title) => {
      state.notes.push({ kind, title })
    },
    clearNotifications: async () => {},
    broadcast: () => {},
  }
  return { state, ports, profile }
}

export async function lastCode(sandbox: SandboxApp): Promise<string> {
  const texts = (await (await sandbox.app.request('/__sandbox/sms')).json()) as { code: string }[]
  return texts.at(-1)!.code
}
