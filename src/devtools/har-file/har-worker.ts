// The HAR reader's worker: the file is read, parsed and analyzed here, off the panel's main thread.

import { t } from '../../ui/i18n/t.ts'
import { fileBytes, readHarBytes } from './read-har.ts'
import { toWire, type WireEvent } from './wire.ts'

export interface HarWorkerRequest {
  file: File
  hosts: readonly string[]
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HarWorkerRequest>) => void) | null
  postMessage(event: WireEvent): void
}

scope.onmessage = async ({ data }) => {
  try {
    const bytes = await fileBytes(data.file)
    readHarBytes(bytes, data.file.name, data.hosts, (event) => scope.postMessage(toWire(event)))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    scope.postMessage({ type: 'error', message: t('harUnreadable', { name: data.file.name, reason }) })
  }
}
