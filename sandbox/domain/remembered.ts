import type { Account, SandboxState, Session } from '../state.ts'
import { opaqueId } from './ids.ts'

// Remembered devices: v2 mfaId + deviceId, v3 rememberMeId + device. Trusted for 30 days (DOC).
const REMEMBER_FOR_MS = 30 * 24 * 60 * 60 * 1000

export function rememberDevice(state: SandboxState, session: Session, device: string): string {
  const id = opaqueId()
  state.remembered.set(id, {
    id,
    username: session.username,
    device,
    expiresAt: state.clock.now() + REMEMBER_FOR_MS,
  })
  return id
}

/** True when the id belongs to this user and device and is under 30 days old. */
export function rememberedDeviceIsValid(
  state: SandboxState,
  account: Account,
  remembered: { id: string; device: string },
): boolean {
  const entry = state.remembered.get(remembered.id)
  return (
    entry !== undefined &&
    entry.username === account.seed.username &&
    entry.device === remembered.device &&
    state.clock.now() < entry.expiresAt
  )
}
