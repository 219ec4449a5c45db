import { urlSpans } from './form-spans.ts'
import { type KnownSecrets, NO_SECRETS } from './known-secrets.ts'
import { spliceSpans } from './spans.ts'
import { memoPerKey } from './text-memo.ts'
import { valueSpans } from './text-spans.ts'

/**
 * The URL with secret values replaced: query parameters (`&` or `;`), fragment parameters, `;` path
 * parameters, and known secrets anywhere (a session id in the path); the rest is kept as written.
 */
export function redactUrl(url: string, known: KnownSecrets = NO_SECRETS): string {
  return redactedUrls(known).get(url, (u) => readUrl(u, known))
}

// A capture calls the same URLs again and again: each is read once per set of known secrets.
const redactedUrls = memoPerKey<KnownSecrets, string>()

function readUrl(url: string, known: KnownSecrets): string {
  const nested = (inner: string) => spliceSpans(inner, valueSpans(inner, known))
  // A URL without `?`, `;` or `#` has no parameters: urlSpans finds none (three searches).
  return spliceSpans(url, [...urlSpans(url, nested), ...known.spans(url)])
}
