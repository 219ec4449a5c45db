import type { ProfileFieldErrors, ProfileInput } from './types.ts'
import { validateProfileInput } from './validate.ts'

// The JSON a QA team shares: profile settings only. No ids, no dates, no remembered MFA ids, never a password;
// dev keys only when the exporter opts in.
export const EXPORT_FORMAT = 'bill-sandbox-companion/profiles'
export const EXPORT_VERSION = 1

export type ExportedProfile = Omit<ProfileInput, 'devKey'> & { devKey?: string }

export interface ProfilesExport {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  exportedAt: string
  includesDevKeys: boolean
  profiles: ExportedProfile[]
}

export function buildProfilesExport(
  profiles: readonly ProfileInput[],
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
function exportedProfile(p: ProfileInput, includeDevKey: boolean): ExportedProfile {
  const out: ExportedProfile = {
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

export type ProfilesImport =
  | { ok: true; profiles: ProfileInput[]; problems: ImportProblem[] }
  | { ok: false; message: string }

/** Reads an export file: every profile goes through the same validator as the form. */
export function parseProfilesExport(json: string, options: { allowLocalHttp: boolean }): ProfilesImport {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return { ok: false, message: 'This file is not JSON.' }
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<string, unknown>>
  if (file.format !== EXPORT_FORMAT || !Array.isArray(file.profiles))
    return { ok: false, message: 'This is not a BILL Sandbox Companion profiles export.' }
  if (file.version !== EXPORT_VERSION)
    return { ok: false, message: `Unsupported export version ${String(file.version)}: update the extension.` }

  const profiles: ProfileInput[] = []
  const problems: ImportProblem[] = []
  file.profiles.forEach((raw: unknown, index) => {
    const checked = validateProfileInput(raw, { devKeyRequired: false, ...options })
    if (checked.ok) profiles.push(checked.value)
    else problems.push({ position: index + 1, name: nameOf(raw), errors: checked.errors })
  })
  return { ok: true, profiles, problems }
}

function nameOf(raw: unknown): string {
  const name = (raw as { name?: unknown } | null)?.name
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : '(no name)'
}
