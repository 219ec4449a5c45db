import { DAY_MS, TRUST_DAYS, type TrustedDevice } from '../../../../src/shared/profiles/devices.ts'

/** A remembered device as the store keeps it, trusted for 30 days from issuedAt. */
export const trustedDevice = (
  id: string,
  issuedAt: number,
  api: TrustedDevice['api'] = 'v3',
): TrustedDevice => ({
  id,
  profileId: 'p1',
  api,
  rememberId: 'mfa-secret',
  device: 'install-1',
  machineName: 'BILL Sandbox Companion on Chrome',
  issuedAt,
  expiresAt: issuedAt + TRUST_DAYS * DAY_MS,
})
