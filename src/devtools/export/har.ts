import type { Entry, Har } from 'har-format'
import { type KnownSecrets, knownSecretsOf, NO_SECRETS } from '../../shared/redact/index.ts'
import { type Privacy, prepareEntry } from './prepare.ts'

/**
 * A HAR 1.2 document of the given entries, in order (report findings point at them by index). Redacted, a
 * secret any entry reveals is masked in all of them, as are the capture's other `known` secrets.
 */
export function harDocument(
  entries: readonly Entry[],
  privacy: Privacy,
  version: string,
  known: KnownSecrets = NO_SECRETS,
): Har {
  const all = privacy === 'raw' ? known : knownSecretsOf(entries, known)
  return {
    log: {
      version: '1.2',
      creator: { name: 'BILL Sandbox Companion', version },
      pages: [],
      entries: entries.map((e) => prepareEntry(e, privacy, all)),
    },
  }
}
