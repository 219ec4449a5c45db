import type { Entry } from 'har-format'
import { type KnownSecrets, NO_SECRETS } from '../../shared/redact/index.ts'
import { type Privacy, prepareEntry } from './prepare.ts'

/** POSIX shell single-quoting: safe for any text. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`

// Set by curl itself, or HTTP/2 pseudo-headers that are no headers.
const SKIPPED = new Set(['content-length', 'host', 'connection'])

/** The request as a cURL command line, redacted unless raw. */
export function curlCommand(entry: Entry, privacy: Privacy, known: KnownSecrets = NO_SECRETS): string {
  const { request } = prepareEntry(entry, privacy, known)
  const lines = [`curl ${quote(request.url)}`]
  if (request.method !== 'GET' || request.postData) lines.push(`-X ${request.method}`)
  for (const h of request.headers) {
    if (h.name.startsWith(':') || SKIPPED.has(h.name.toLowerCase())) continue
    lines.push(`-H ${quote(`${h.name}: ${h.value}`)}`)
  }
  if (request.postData?.text) lines.push(`--data-raw ${quote(request.postData.text)}`)
  return lines.join(' \\\n  ')
}
