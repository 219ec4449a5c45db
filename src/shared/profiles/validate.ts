import type { BaseUrls } from '../bill/hosts.ts'
import {
  AUTH_METHODS,
  BILL_APIS,
  BILL_IDLE_SECONDS,
  PROFILE_ENVIRONMENTS,
  type ProfileFieldErrors,
  type ProfileInput,
} from './types.ts'

const IDLE_SECONDS_MIN = 5
const IDLE_SECONDS_MAX = 86_400
const MAX_TEXT = 200

export type ProfileValidation = { ok: true; value: ProfileInput } | { ok: false; errors: ProfileFieldErrors }

export interface ValidateOptions {
  /** Imports and updates may leave the dev key empty (an update then keeps the stored one). */
  devKeyRequired: boolean
  /** The local build may also reach the local sandbox over http://127.0.0.1 or http://localhost. */
  allowLocalHttp: boolean
}

const LOCAL_HOSTNAMES = new Set(['127.0.0.1', 'localhost'])

/**
 * The one validator for profiles, used as the user types, by the background before every write, and for every
 * imported profile. Reads only the known fields, so nothing else (e.g. a stray password) is ever kept.
 */
export function validateProfileInput(raw: unknown, options: ValidateOptions): ProfileValidation {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const errors: ProfileFieldErrors = {}

  const name = text(r.name)
  if (name === '') errors.name = 'Give the profile a name, e.g. “QA org – v3”.'
  else if (name.length > 60) errors.name = 'Keep the name under 60 characters.'

  const environment = oneOf(r.environment, PROFILE_ENVIRONMENTS)
  if (!environment) errors.environment = 'Choose sandbox, production or custom.'

  const api = oneOf(r.api, BILL_APIS)
  if (!api) errors.api = 'Choose v3 or v2.'

  let customBaseUrls: BaseUrls | null = null
  if (environment === 'custom') {
    const urls = (
      typeof r.customBaseUrls === 'object' && r.customBaseUrls !== null ? r.customBaseUrls : {}
    ) as {
      v3?: unknown
      v2?: unknown
    }
    const v3 = baseUrl(urls.v3, options.allowLocalHttp)
    const v2 = baseUrl(urls.v2, options.allowLocalHttp)
    if (typeof v3 !== 'string') errors.v3Base = v3.error
    if (typeof v2 !== 'string') errors.v2Base = v2.error
    if (typeof v3 === 'string' && typeof v2 === 'string') customBaseUrls = { v3, v2 }
  }

  const organizationId = text(r.organizationId)
  if (organizationId === '') errors.organizationId = 'Enter the organization id (it begins with 008).'
  else if (!organizationId.startsWith('008'))
    errors.organizationId = 'Organization ids begin with 008, e.g. 00801ABCDEFGHIJKLMN.'
  else if (!/^[0-9A-Za-z]{4,40}$/.test(organizationId))
    errors.organizationId = 'Use only letters and digits (4 to 40), e.g. 00801ABCDEFGHIJKLMN.'

  const devKey = text(r.devKey)
  if (devKey === '' && options.devKeyRequired) errors.devKey = 'Enter the developer key of this organization.'
  else if (/\s/.test(devKey)) errors.devKey = 'A developer key has no spaces.'
  else if (devKey.length > MAX_TEXT) errors.devKey = `Keep the developer key under ${MAX_TEXT} characters.`

  const username = text(r.username)
  if (username === '') errors.username = 'Enter the user name (the email, or the sync token’s name).'
  else if (username.length > MAX_TEXT) errors.username = `Keep the user name under ${MAX_TEXT} characters.`

  const authMethod = oneOf(r.authMethod, AUTH_METHODS)
  if (!authMethod) errors.authMethod = 'Choose password or token.'

  const idleTimeoutSeconds = r.idleTimeoutSeconds
  const idleError = idleSecondsError(idleTimeoutSeconds, environment)
  if (idleError) errors.idleTimeoutSeconds = idleError

  if (Object.keys(errors).length > 0 || !environment || !api || !authMethod) return { ok: false, errors }
  return {
    ok: true,
    value: {
      name,
      environment,
      customBaseUrls,
      api,
      organizationId,
      devKey,
      username,
      authMethod,
      idleTimeoutSeconds: idleTimeoutSeconds as number,
    },
  }
}

// BILL's own hosts always sign out after 35 idle minutes: another value there would only make the clock lie.
function idleSecondsError(value: unknown, environment: string | undefined): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Enter a whole number of seconds.'
  if (environment !== 'custom' && value !== BILL_IDLE_SECONDS)
    return `BILL’s hosts sign out after 35 idle minutes: keep ${BILL_IDLE_SECONDS} (only custom environments may change it).`
  if (value < IDLE_SECONDS_MIN || value > IDLE_SECONDS_MAX)
    return `Use ${IDLE_SECONDS_MIN} to ${IDLE_SECONDS_MAX} seconds (BILL: ${BILL_IDLE_SECONDS}).`
  return undefined
}

// Secrets go only over https: plain http only to this machine's sandbox, and only in the local build.
function baseUrl(value: unknown, allowLocalHttp: boolean): string | { error: string } {
  const s = text(value)
  if (s === '') return { error: 'Enter a base URL beginning with https://.' }
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return { error: 'Enter a full URL beginning with https://.' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'Use an https:// URL.' }
  if (url.protocol === 'http:' && !(allowLocalHttp && LOCAL_HOSTNAMES.has(url.hostname)))
    return {
      error: allowLocalHttp
        ? 'Use an https:// URL (http:// only for 127.0.0.1 or localhost).'
        : 'Use an https:// URL.',
    }
  if (url.username || url.password) return { error: 'Leave user names and passwords out of the URL.' }
  if (url.search || url.hash) return { error: 'A base URL has no ? query or # fragment.' }
  // Paths are appended to the base (…/connect + /v3/login), so a trailing slash would double up.
  return url.href.replace(/\/+$/, '')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value)
}
