import { BACKUP_PHONE_REMOVED_AT, billBoolean } from '../../src/shared/bill/deprecated-fields.ts'
import type { Account, MfaPhone, SandboxState, Session } from '../state.ts'
import { answerCode } from './codes.ts'
import { FAILURES, invalidField, missingField, type Outcome, refuse, success } from './failures.ts'
import { opaqueId } from './ids.ts'
import { rememberDevice, rememberedDeviceIsValid } from './remembered.ts'
import { sendCode } from './texts.ts'

// MFA for both APIs: the v2 and v3 routes only translate field names and envelopes.

/** Before BILL's removal day (sandbox clock) the backup phone still worked; from then on it is refused. */
function backupPhoneRemoved(state: SandboxState): boolean {
  return state.clock.now() >= BACKUP_PHONE_REMOVED_AT
}

/** An optional BILL boolean: absent, true/false, or "true"/"false" in any case. */
function optionalBoolean(value: unknown, name: string): Outcome<boolean | undefined> {
  if (value === undefined || value === null) return success(undefined)
  const b = billBoolean(value)
  return b === undefined ? refuse(invalidField(name, 'true or false')) : success(b)
}

export function startChallenge(
  state: SandboxState,
  account: Account,
  useBackupValue: unknown,
): Outcome<{ challengeId: string }> {
  const useBackup = optionalBoolean(useBackupValue, 'useBackup')
  if (!useBackup.ok) return useBackup
  if (useBackup.value && backupPhoneRemoved(state)) return refuse(FAILURES.backupPhoneRemoved)
  const phone = account.phones.find((p) => p.primary === !useBackup.value)
  if (!phone) return refuse(FAILURES.noPhone)
  const sent = sendCode(state, account, phone.number, 'mfa-challenge')
  if (!sent.ok) return sent
  const challengeId = opaqueId()
  state.challenges.set(challengeId, {
    id: challengeId,
    username: account.seed.username,
    code: sent.value,
    createdAt: state.clock.now(),
    wrongAttempts: 0,
  })
  return success({ challengeId })
}

export interface ChallengeAnswer {
  challengeId: string | undefined
  token: string | undefined
  device: string | undefined
  rememberMe: unknown
}

/** A right answer trusts the session; with rememberMe it also returns a 30-day remembered id. */
export function validateChallenge(
  state: SandboxState,
  session: Session,
  answer: ChallengeAnswer,
  deviceField: string,
): Outcome<{ rememberedId?: string }> {
  const rememberMe = optionalBoolean(answer.rememberMe, 'rememberMe')
  if (!rememberMe.ok) return rememberMe
  if (rememberMe.value && !answer.device) return refuse(missingField(deviceField))
  // OBS: a challenge is not bound to the session that asked for it, only to the user.
  const answered = answerCode(
    state,
    state.challenges,
    answer.challengeId,
    session.username,
    answer.token,
    'challengeId',
  )
  if (!answered.ok) return answered
  session.trusted = true
  return success(rememberMe.value ? { rememberedId: rememberDevice(state, session, answer.device!) } : {})
}

/** v3 step-up; an unknown or expired id answers trusted:false rather than an error (CODE/OBS). */
export function stepUp(
  state: SandboxState,
  session: Session,
  account: Account,
  remembered: { id: string | undefined; device: string | undefined },
): Outcome<{ trusted: boolean }> {
  if (!remembered.id) return refuse(missingField('rememberMeId'))
  if (!remembered.device) return refuse(missingField('device'))
  const trusted = rememberedDeviceIsValid(state, account, { id: remembered.id, device: remembered.device })
  if (trusted) session.trusted = true
  return success({ trusted })
}

export interface PhoneSetupRequest {
  phone: string | undefined
  type: unknown
  primary: unknown
}

export function setupPhone(
  state: SandboxState,
  account: Account,
  req: PhoneSetupRequest,
): Outcome<{ setupId: string }> {
  if (!req.phone) return refuse(missingField('phone'))
  if (req.type === undefined) return refuse(missingField('type'))
  if (req.type !== 'TEXT' && req.type !== 'VOICE') return refuse(invalidField('type', 'TEXT or VOICE'))
  const primary = optionalBoolean(req.primary, 'primary')
  if (!primary.ok) return primary
  if (primary.value === false && backupPhoneRemoved(state)) return refuse(FAILURES.secondaryPhoneRemoved)
  const sent = sendCode(state, account, req.phone, 'phone-setup')
  if (!sent.ok) return sent
  const setupId = opaqueId()
  const phone: MfaPhone = { number: req.phone, primary: primary.value !== false }
  state.phoneSetups.set(setupId, {
    id: setupId,
    username: account.seed.username,
    code: sent.value,
    createdAt: state.clock.now(),
    wrongAttempts: 0,
    phone,
  })
  return success({ setupId })
}

/** A validated phone replaces the account's phone of the same role (primary or backup). */
export function validatePhone(
  state: SandboxState,
  account: Account,
  req: { setupId: string | undefined; type: unknown; token: string | undefined },
): Outcome<{ status: 'SUCCESS' }> {
  if (req.type === undefined) return refuse(missingField('type'))
  const answered = answerCode(
    state,
    state.phoneSetups,
    req.setupId,
    account.seed.username,
    req.token,
    'setupId',
  )
  if (!answered.ok) return answered
  const phone = answered.value.phone!
  account.phones = [...account.phones.filter((p) => p.primary !== phone.primary), phone]
  return success({ status: 'SUCCESS' })
}

/** GET /v3/mfa/phones: the type is the line type (MOBILE), not the delivery method (TEXT/VOICE). */
export function listPhones(account: Account) {
  return {
    results: account.phones.map((p) => ({
      type: 'MOBILE',
      last4digits: p.number.slice(-4),
      primary: p.primary,
    })),
  }
}

/** v2 MFAStatus.json: reports on a remembered id without changing the session. */
export function rememberedStatus(
  state: SandboxState,
  account: Account,
  remembered: { id: string | undefined; device: string | undefined },
): Outcome<{ isTrusted: boolean }> {
  if (!remembered.id) return refuse(missingField('mfaId'))
  if (!remembered.device) return refuse(missingField('deviceId'))
  return success({
    isTrusted: rememberedDeviceIsValid(state, account, { id: remembered.id, device: remembered.device }),
  })
}
