import { urlSpans } from './form-spans.ts'
import { type KnownSecrets, NO_SECRETS } from './known-secrets.ts'
import { mergeSpans, spliceSpans } from './spans.ts'
import { memoPerKey } from './text-memo.ts'
import { valueSpans } from './text-spans.ts'

// Where a URL's parameters start: query, path parameters, fragment.
const PARAMETERS = /[?;#]/

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
  const spans = known.spans(url)
  // Most URLs have no parameters to read by name.
  if (!PARAMETERS.test(url)) return spans.length === 0 ? url : spliceSpans(url, spans)
  const nested = (inner: string) => spliceSpans(inner, valueSpans(inner, known))
  return spliceSpans(url, mergeSpans([...urlSpans(url, nested), ...spans]))
}
