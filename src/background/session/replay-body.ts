import { redactBodyText } from '../../shared/redact/index.ts'

// The replay's answer as the panel shows it. The worker's build loads this module on the first replay, not at
// wake (LAZY_WORKER_MODULES in scripts/single-file-worker.ts): it exports functions only.

/** BILL's answer to a replayed call, its secrets redacted by the body's real shape. */
export function redactReplayBody(text: string, contentType?: string): string {
  return redactBodyText(text, contentType)
}
