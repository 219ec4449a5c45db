import type { ProfileField } from '../shared/profiles/types.ts'
import type { MessageKey } from '../ui/i18n/t.ts'

/** How the form names each field (keys of t()), for messages about imported profiles. */
export const FIELD_LABELS: Record<ProfileField, MessageKey> = {
  name: 'fieldName',
  environment: 'fieldEnvironment',
  api: 'fieldApi',
  v3Base: 'fieldV3Base',
  v2Base: 'fieldV2Base',
  organizationId: 'fieldOrganizationId',
  devKey: 'fieldDevKey',
  username: 'fieldUsername',
  authMethod: 'fieldAuthMethod',
  idleTimeoutSeconds: 'fieldIdleTimeout',
}
