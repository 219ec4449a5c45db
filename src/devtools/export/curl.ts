import type { Entry } from 'har-format'
import { methodProblem } from '../../shared/har/http-method.ts'
import { type KnownSecrets, NO_SECRETS } from '../../shared/redact/index.ts'
import { type CommandLine, type ShellCommand, shellCommand } from '../../shared/shell/shell-command.ts'
import { t } from '../../ui/i18n/t.ts'
import { type Privacy, prepareEntry } from './prepare.ts'

// Set by curl itself, or HTTP/2 pseudo-headers that are no headers.
const SKIPPED = new Set(['content-length', 'host', 'connection'])

// curl reads a URL starting with "-" as an option: only an http(s) URL is copied.
const HTTP_URL = /^https?:\/\//i

/** The request as a cURL command line, redacted unless raw; or why it cannot be copied. */
export function curlCommand(entry: Entry, privacy: Privacy, known: KnownSecrets = NO_SECRETS): ShellCommand {
  const { request } = prepareEntry(entry, privacy, known)
  const refused = methodProblem(request.method)
  if (refused) return { ok: false, reason: refused }
  if (!HTTP_URL.test(request.url)) return { ok: false, reason: t('curlNotHttp') }
  const lines: CommandLine[] = [['curl', request.url]]
  if (request.method !== 'GET' || request.postData) lines.push(['-X', request.method])
  for (const h of request.headers) {
    if (h.name.startsWith(':') || SKIPPED.has(h.name.toLowerCase())) continue
    lines.push(['-H', `${h.name}: ${h.value}`])
  }
  if (request.postData?.text) lines.push(['--data-raw', request.postData.text])
  return shellCommand(lines)
}
