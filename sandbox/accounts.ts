// The seeded sandbox users. Org ids start with 008 and user ids with 006, like BILL's.
export interface SeedAccount {
  username: string
  password: string
  organizationId: string
  userId: string
  devKey: string
  /** A validated primary MFA phone, if the user has one. */
  phone?: string
  /** A sync token for token sign-in (BILL: Settings > Apps > Tokens). */
  syncToken?: { name: string; token: string }
}

export const SEED_ACCOUNTS: readonly SeedAccount[] = [
  {
    username: 'qa@example.com',
    password: 'Sandbox-Pass-1',
    organizationId: '00801QAMFAORG0000001',
    userId: '00601QAUSER000000001',
    devKey: 'sbx-devkey-01QA-7f3c9a',
    phone: '+12025550143',
  },
  {
    username: 'nophone@example.com',
    password: 'Sandbox-Pass-2',
    organizationId: '00801NOPHONEORG00002',
    userId: '00601NOPHONEUSER0002',
    devKey: 'sbx-devkey-02NP-41d8e2',
  },
  {
    username: 'sync@example.com',
    password: 'Sandbox-Pass-3',
    organizationId: '00801SYNCORG00000003',
    userId: '00601SYNCUSER0000003',
    devKey: 'sbx-devkey-03SY-b6a510',
    phone: '+12025550178',
    syncToken: { name: 'ci-sync-token', token: 'sbx-sync-5e0d2c7a9b41f386' },
  },
]

/**
 * A dev key with MFA bypassed at the key level (`mfaBypass: true`, DOC changelog 2024-11-22), as some sandbox keys
 * are: in `sandbox` parity its sessions may run protected operations untrusted; in `production` parity never.
 */
export const MFA_BYPASS_DEV_KEY = 'sbx-devkey-04BY-mfa-bypass'

/** Dev keys are per developer, not per organization: any seeded key works with any seeded org. */
export function isKnownDevKey(devKey: string): boolean {
  return devKey === MFA_BYPASS_DEV_KEY || SEED_ACCOUNTS.some((a) => a.devKey === devKey)
}
