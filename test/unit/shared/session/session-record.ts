import { INITIAL_MFA } from '../../../../src/shared/session/mfa-machine.ts'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'

/** An active, not yet MFA-trusted v3 session record, as the background stores it; `overrides` replaces fields. */
export const activeRecord = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  status: 'active',
  profileId: 'p1',
  profileName: 'QA local',
  api: 'v3',
  authMethod: 'password',
  username: 'qa@example.com',
  organizationId: '00801QAMFAORG0000001',
  sessionId: 'secret-session-id',
  devKey: 'secret-dev-key',
  baseUrls: { v2: 'https://a.example/api/v2', v3: 'https://a.example/connect' },
  clock: { lastActivityAt: 1_000, idleTimeoutMs: 120_000 },
  trusted: false,
  signedInAt: 0,
  keepAlivePings: 0,
  mfa: INITIAL_MFA,
  ...overrides,
})
