import { BILL_IDLE_SECONDS, type ProfileEnvironment, type ProfileView } from '../shared/profiles/types.ts'
import { t } from '../ui/i18n/t.ts'

/** The profile form as typed: every field a string, as the inputs hold it. */
export interface ProfileDraft {
  name: string
  environment: ProfileEnvironment
  api: string
  v3Base: string
  v2Base: string
  idleSeconds: string
  organizationId: string
  devKey: string
  username: string
  authMethod: string
}

export const EMPTY_DRAFT: ProfileDraft = {
  name: '',
  environment: 'sandbox',
  api: 'v3',
  v3Base: '',
  v2Base: '',
  idleSeconds: String(BILL_IDLE_SECONDS),
  organizationId: '',
  devKey: '',
  username: '',
  authMethod: 'password',
}

/**
 * The local BILL sandbox listens on 127.0.0.1:4010 with BILL's paths unless that port was taken (npm start
 * then says which one it used); the form reads the running sandbox's accounts there (sandbox-accounts.ts).
 */
export const LOCAL_SANDBOX_DRAFT: ProfileDraft = {
  ...EMPTY_DRAFT,
  name: t('localSandboxName'),
  environment: 'custom',
  v3Base: 'http://127.0.0.1:4010/connect',
  v2Base: 'http://127.0.0.1:4010/api/v2',
}

/** An existing profile in the form. The dev key stays empty: leaving it so keeps the stored one. */
export function draftFromProfile(p: ProfileView): ProfileDraft {
  return {
    name: p.name,
    environment: p.environment,
    api: p.api,
    v3Base: p.customBaseUrls?.v3 ?? '',
    v2Base: p.customBaseUrls?.v2 ?? '',
    idleSeconds: String(p.idleTimeoutSeconds),
    organizationId: p.organizationId,
    devKey: '',
    username: p.username,
    authMethod: p.authMethod,
  }
}

/** The raw object the shared validator reads (it checks every field, including the number). */
export function draftToRawInput(d: ProfileDraft): Record<string, unknown> {
  return {
    name: d.name,
    environment: d.environment,
    customBaseUrls: d.environment === 'custom' ? { v3: d.v3Base, v2: d.v2Base } : null,
    api: d.api,
    organizationId: d.organizationId,
    devKey: d.devKey,
    username: d.username,
    authMethod: d.authMethod,
    idleTimeoutSeconds: d.idleSeconds.trim() === '' ? Number.NaN : Number(d.idleSeconds),
  }
}

/** Switching environment: BILL's own hosts always use its 35 minutes. */
export function withEnvironment(d: ProfileDraft, environment: ProfileEnvironment): ProfileDraft {
  return environment === 'custom'
    ? { ...d, environment }
    : { ...d, environment, idleSeconds: String(BILL_IDLE_SECONDS) }
}
