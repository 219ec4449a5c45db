import type { ProfileField } from '../shared/profiles/types.ts'

/** How the form names each field, for messages about imported profiles. */
export const FIELD_LABELS: Record<ProfileField, string> = {
  name: 'Name',
  environment: 'Environment',
  api: 'API version',
  v3Base: 'v3 base URL',
  v2Base: 'v2 base URL',
  organizationId: 'Organization id',
  devKey: 'Developer key',
  username: 'User name',
  authMethod: 'Sign-in method',
  idleTimeoutSeconds: 'Idle timeout',
}
