import { panelHandlers } from '../../src/background/handlers/panel.ts'
import type { SessionPorts } from '../../src/background/session/ports.ts'
import { createSessionService } from '../../src/background/session/service.ts'
import { createBillClient } from '../../src/shared/bill/client.ts'
import type { BaseUrls, BillApi } from '../../src/shared/bill/hosts.ts'
import { DEFAULT_PREFERENCES } from '../../src/shared/preferences.ts'
import { INITIAL_MFA } from '../../src/shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../src/shared/session/record.ts'

/** The session a replay runs with. */
export interface ReplaySession {
  api: BillApi
  baseUrls: BaseUrls
  devKey: string
  sessionId: string
}

/**
 * The panel's handlers over a real session service whose stored record is `session` (or none), calling BILL
 * through `fetch` (default: the real one).
 */
export function panelFor(
  session: ReplaySession | undefined,
  opts: { fetch?: typeof fetch; hostAllowed?: (url: string) => Promise<boolean> } = {},
) {
  const now = Date.now()
  let record: SessionRecord | undefined = session && {
    status: 'active',
    profileId: 'p1',
    profileName: 'Replay',
    api: session.api,
    authMethod: 'password',
    username: 'qa@example.com',
    organizationId: '00801X',
    sessionId: session.sessionId,
    devKey: session.devKey,
    baseUrls: session.baseUrls,
    clock: { lastActivityAt: now, idleTimeoutMs: 2_100_000 },
    trusted: false,
    signedInAt: now,
    keepAlivePings: 0,
    mfa: INITIAL_MFA,
  }
  const none = async () => undefined
  const ports: SessionPorts = {
    now: () => Date.now(),
    loadRecord: async () => record,
    saveRecord: async (r) => {
      record = r
    },
    getProfile: none,
    getPreferences: async () => ({ ...DEFAULT_PREFERENCES }),
    findTrustedDevice: none,
    recordTrustedDevice: none,
    forgetTrustedDevice: none,
    deviceIdentity: async () => ({ deviceId: 'install-1', machineName: 'test' }),
    appendEvent: none,
    hostAllowed: opts.hostAllowed ?? (async () => true),
    clientFor: (p) =>
      createBillClient({
        api: p.api,
        baseUrls: p.baseUrls,
        devKey: p.devKey,
        hostAllowed: p.hostAllowed,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      }),
    applyAlarms: none,
    showBadge: none,
    notify: none,
    clearNotifications: none,
    broadcast: () => {},
  }
  const service = createSessionService(ports)
  return Object.assign(panelHandlers(service), { service, record: () => record })
}
