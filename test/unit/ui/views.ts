import type { ProfileView } from '../../../src/shared/profiles/types.ts'
import type { MfaView, SessionView } from '../../../src/shared/session/view.ts'

// Page-safe views as the background sends them, for component tests.
export const PROFILE: ProfileView = {
  id: 'p1',
  name: 'Sandbox org',
  environment: 'sandbox',
  customBaseUrls: null,
  api: 'v3',
  organizationId: '00801ABCDEFGHIJ',
  username: 'qa@example.com',
  authMethod: 'password',
  idleTimeoutSeconds: 2100,
  createdAt: 1,
  updatedAt: 1,
  devKeyMasked: '••••b6a5',
  hasDevKey: true,
}

export const SIGNED_OUT: SessionView = { state: 'signed-out' }

/** `canEnterCode` as the background decides it: while a sent challenge can be answered. */
export function activeView(now: number, step: Omit<MfaView, 'canEnterCode'>): SessionView {
  const mfa: MfaView = { ...step, canEnterCode: step.step === 'challenge-sent' || step.step === 'verifying' }
  return {
    state: 'active',
    profileId: PROFILE.id,
    profileName: PROFILE.name,
    api: 'v3',
    authMethod: 'password',
    username: PROFILE.username,
    organizationId: PROFILE.organizationId,
    expiresAt: now + 35 * 60_000,
    idleTimeoutMs: 35 * 60_000,
    trusted: mfa.step === 'trusted',
    mfa,
  }
}
