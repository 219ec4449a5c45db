import { clip } from '../text/clip.ts'
import { utf8Length } from '../text/utf8-length.ts'
import type { ProfileFieldErrors, ProfileInput } from './types.ts'
import { validateProfileInput } from './validate.ts'

// The JSON a QA team shares: profile settings and each profile's id (so importing a file again updates the
// profiles it made instead of adding copies). No dates, no remembered MFA ids, never a password; dev keys
// only when the exporter opts in.
const EXPORT_FORMAT = 'bill-sandbox-companion/profiles'
const EXPORT_VERSION = 1

/**
 * What an import may hold, checked before any heavy work (in the page before sending, again in the
 * background): an export of 200 profiles weighs about 100 KB, and no profile field is over 200 characters.
 */
export const IMPORT_LIMITS = { bytes: 1_000_000, profiles: 200, textChars: 2_000 } as const

type ExportedProfile = Omit<ProfileInput, 'devKey'> & { id?: string; devKey?: string }

export interface ProfilesExport {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  exportedAt: string
  includesDevKeys: boolean
  profiles: ExportedProfile[]
}

export function buildProfilesExport(
  profiles: readonly (ProfileInput & { id?: string })[],
  options: { includeDevKeys: boolean; now: number },
): ProfilesExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    includesDevKeys: options.includeDevKeys,
    profiles: profiles.map((p) => exportedProfile(p, options.includeDevKeys)),
  }
}

// Built field by field (not by spreading) so that a field added to Profile later is not exported by accident.
function exportedProfile(p: ProfileInput & { id?: string }, includeDevKey: boolean): ExportedProfile {
  const out: ExportedProfile = {
    ...(p.id ? { id: p.id } : {}),
    name: p.name,
    environment: p.environment,
    customBaseUrls: p.customBaseUrls ? { v3: p.customBaseUrls.v3, v2: p.customBaseUrls.v2 } : null,
    api: p.api,
    organizationId: p.organizationId,
    username: p.username,
    authMethod: p.authMethod,
    idleTimeoutSeconds: p.idleTimeoutSeconds,
  }
  if (includeDevKey && p.devKey !== '') out.devKey = p.devKey
  return out
}

export interface ImportProblem {
  /** Position in the file, from 1. */
  position: number
  name: string
  errors: ProfileFieldErrors
}

/** A valid profile of the file, with the id it had where it was exported (when the file says). */
export interface ImportedProfile {
  id?: string
  input: ProfileInput
}

export type ProfilesImport =
  | { ok: true; profiles: ImportedProfile[]; problems: ImportProblem[] }
  | { ok: false; message: string }

// Rounded up to a tenth: a file just over the limit never reads as the limit itself.
const megabytes = (bytes: number) => `${(Math.ceil(bytes / 100_000) / 10).toLocaleString('en-US')} MB`

/** The one-line refusal of an import over IMPORT_LIMITS.bytes (UTF-8 bytes), or undefined. */
export function importSizeError(bytes: number): string | undefined {
  if (bytes <= IMPORT_LIMITS.bytes) return undefined
  return `Too large to import (${megabytes(bytes)}): a profiles export is at most ${megabytes(IMPORT_LIMITS.bytes)}.`
}

class TooLongText extends Error {}
// Refuses any name or text past the limit while parsing, before a profile is looked at.
function reviver(key: string, value: unknown): unknown {
  if (
    key.length > IMPORT_LIMITS.textChars ||
    (typeof value === 'string' && value.length > IMPORT_LIMITS.textChars)
  )
    throw new TooLongText()
  return value
}

/** Ids this extension makes (UUIDs); anything else in a file is ignored and the profile gets a new one. */
const PROFILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Reads an export file: every profile goes through the same validator as the form. */
export function parseProfilesExport(json: string, options: { allowLocalHttp: boolean }): ProfilesImport {
  // Characters before bytes: a string too long in characters is too long in bytes, without counting.
  const tooLarge = importSizeError(json.length > IMPORT_LIMITS.bytes ? json.length : utf8Length(json))
  if (tooLarge) return { ok: false, message: tooLarge }
  let data: unknown
  try {
    data = JSON.parse(json, reviver)
  } catch (error) {
    if (error instanceof TooLongText)
      return {
        ok: false,
        message: `A text in this file is over ${IMPORT_LIMITS.textChars.toLocaleString('en-US')} characters: no profile setting is that long.`,
      }
    return { ok: false, message: 'This file is not JSON.' }
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<string, unknown>>
  if (file.format !== EXPORT_FORMAT || !Array.isArray(file.profiles))
    return { ok: false, message: 'This is not a BILL Sandbox Companion profiles export.' }
  if (file.version !== EXPORT_VERSION)
    return {
      ok: false,
      message: `Unsupported export version ${clip(String(file.version), 40)}: update the extension.`,
    }
  if (file.profiles.length > IMPORT_LIMITS.profiles)
    return {
      ok: false,
      message: `This file has ${file.profiles.length.toLocaleString('en-US')} profiles: import at most ${IMPORT_LIMITS.profiles} at a time.`,
    }

  const profiles: ImportedProfile[] = []
  const problems: ImportProblem[] = []
  file.profiles.forEach((raw: unknown, index) => {
    const checked = validateProfileInput(raw, { devKeyRequired: false, ...options })
    const id = (raw as { id?: unknown } | null)?.id
    if (checked.ok)
      profiles.push({
        ...(typeof id === 'string' && PROFILE_ID.test(id) ? { id } : {}),
        input: checked.value,
      })
    else problems.push({ position: index + 1, name: nameOf(raw), errors: checked.errors })
  })
  return { ok: true, profiles, problems }
}

function nameOf(raw: unknown): string {
  const name = (raw as { name?: unknown } | null)?.name
  return typeof name === 'string' && name.trim() !== '' ? clip(name.trim(), 80) : '(no name)'
}
