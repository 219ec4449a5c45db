import type { ExportedHarEntry } from '../../shared/redact/index.ts'
import { type Privacy, prepareEntry } from './prepare.ts'

export interface HarDocument {
  log: {
    version: '1.2'
    creator: { name: string; version: string }
    pages: []
    entries: ExportedHarEntry[]
  }
}

/** A HAR 1.2 document of the given entries, in order (report findings point at them by index). */
export function harDocument(
  entries: readonly ExportedHarEntry[],
  privacy: Privacy,
  version: string,
): HarDocument {
  return {
    log: {
      version: '1.2',
      creator: { name: 'BILL Sandbox Companion', version },
      pages: [],
      entries: entries.map((e) => prepareEntry(e, privacy)),
    },
  }
}
