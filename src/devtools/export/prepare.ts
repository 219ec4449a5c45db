import type { Entry } from 'har-format'
import { type KnownSecrets, NO_SECRETS, redactHarEntry } from '../../shared/redact/index.ts'

/** Whether an export carries secrets: redacted unless the user opted in for this one export. */
export type Privacy = 'redacted' | 'raw'

/** The entry as exported; `known` holds the capture's secrets, masked wherever they appear. */
export function prepareEntry(entry: Entry, privacy: Privacy, known: KnownSecrets = NO_SECRETS): Entry {
  return privacy === 'raw' ? entry : redactHarEntry(entry, known)
}
