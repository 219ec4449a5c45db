import { REMEMBERED_DEVICE_FIELDS } from '../shared/bill/login-fields.ts'
import type { TrustedDeviceExport } from '../shared/profiles/devices.ts'

// A remembered device in the two forms an unattended integration reads: .env lines and a JSON object, each with
// BILL's own field names for the device's API (v3 rememberMeId + device, v2 mfaId + deviceId).

/** BILL's field name → the .env variable an integration reads. */
const ENV_NAME: Record<string, string> = {
  rememberMeId: 'BILL_REMEMBER_ME_ID',
  device: 'BILL_DEVICE',
  mfaId: 'BILL_MFA_ID',
  deviceId: 'BILL_DEVICE_ID',
}

function fields(exported: TrustedDeviceExport): [string, string][] {
  const [idField, deviceField] = REMEMBERED_DEVICE_FIELDS[exported.api]
  return [
    [idField, exported.rememberId],
    [deviceField, exported.device],
  ]
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Double-quoted values (JSON string escapes, which dotenv reads back) keep `!`, `#` and spaces intact. */
export function envLines(exported: TrustedDeviceExport): string {
  const lines = fields(exported).map(([name, value]) => `${ENV_NAME[name]}=${JSON.stringify(value)}`)
  return [
    `# BILL ${exported.api} remembered device, trusted until ${day(exported.expiresAt)}`,
    ...lines,
  ].join('\n')
}

export function jsonObject(exported: TrustedDeviceExport): string {
  return JSON.stringify(Object.fromEntries(fields(exported)), null, 2)
}
