import { type ExportedHarEntry, redactHarEntry } from '../../shared/redact/index.ts'

/** Whether an export carries secrets: redacted unless the user opted in for this one export. */
export type Privacy = 'redacted' | 'raw'

export function prepareEntry(entry: ExportedHarEntry, privacy: Privacy): ExportedHarEntry {
  return privacy === 'raw' ? entry : redactHarEntry(entry)
}
