import type { BaseUrls, BillApi } from '../bill/hosts.ts'

export type ProfileEnvironment = 'sandbox' | 'production' | 'custom'
export type AuthMethod = 'password' | 'token'

export const PROFILE_ENVIRONMENTS: readonly ProfileEnvironment[] = ['sandbox', 'production', 'custom']
export const BILL_APIS: readonly BillApi[] = ['v3', 'v2']
export const AUTH_METHODS: readonly AuthMethod[] = ['password', 'token']

/** BILL signs a session out after 35 idle minutes (docs/bill-api.md §7). */
export const BILL_IDLE_SECONDS = 2100

/**
 * What a user types to sign in to one BILL organization. Passwords and sync tokens have no field here: they are
 * asked at every sign-in and never stored.
 */
export interface ProfileInput {
  name: string
  environment: ProfileEnvironment
  /** Set only for `custom`; sandbox and production use BILL's own BASE_URLS. */
  customBaseUrls: BaseUrls | null
  api: BillApi
  organizationId: string
  /** '' only for a profile imported without its dev key: it must be completed before signing in. */
  devKey: string
  username: string
  authMethod: AuthMethod
  /** Always BILL_IDLE_SECONDS for sandbox and production; custom environments may choose. */
  idleTimeoutSeconds: number
}

/** A stored profile. Only the background sees it whole (the dev key stays there). */
export interface Profile extends ProfileInput {
  id: string
  createdAt: number
  updatedAt: number
}

/** What pages see of a profile: the dev key only masked. */
export type ProfileView = Omit<Profile, 'devKey'> & { devKeyMasked: string; hasDevKey: boolean }

/** The fields a validation message can be tied to. */
export type ProfileField =
  | 'name'
  | 'environment'
  | 'api'
  | 'v3Base'
  | 'v2Base'
  | 'organizationId'
  | 'devKey'
  | 'username'
  | 'authMethod'
  | 'idleTimeoutSeconds'

export type ProfileFieldErrors = Partial<Record<ProfileField, string>>
