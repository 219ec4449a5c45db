import type { Cookie, Entry, Har, Header, PostData } from 'har-format'
import { REDACTED } from '../bill/redact.ts'
import { decodeContentText } from '../har/content-text.ts'
import { KnownSecrets, NO_SECRETS } from './known-secrets.ts'
import { redactUrl } from './redact-url.ts'
import { isCredentialName } from './secret-names.ts'
import { redactNamedValue, redactText, secretsIn } from './text-spans.ts'

const COOKIE_HEADERS = new Set(['cookie', 'set-cookie'])

interface NameValue {
  name: string
  value?: string | undefined
}

/** Cookie values are session credentials whatever their name; without the quotes a value may wear (RFC 6265). */
const cookieValues = (header: string) =>
  header.split(/;\s*/).flatMap((pair) => {
    const eq = pair.indexOf('=')
    return eq > 0 ? [pair.slice(eq + 1).replace(/^"(.*)"$/, '$1')] : []
  })

function headerSecrets(h: NameValue): readonly string[] {
  const value = h.value ?? ''
  const name = h.name.toLowerCase()
  if (COOKIE_HEADERS.has(name))
    return name === 'cookie' ? cookieValues(value) : cookieValues(value).slice(0, 1)
  // "Bearer abc": the credential alone, too.
  if (isCredentialName(h.name)) return [value, value.slice(value.lastIndexOf(' ') + 1)]
  return secretsIn(value)
}

function pairSecrets(p: NameValue): readonly string[] {
  const value = p.value ?? ''
  return isCredentialName(p.name) ? [value] : secretsIn(value)
}

/**
 * The credentials one HAR entry reveals by name: session ids, dev keys, remembered-device and MFA ids,
 * tokens and passwords in its URL, headers, cookies, bodies and answer. Pure; used to mask them everywhere.
 */
export function collectSecrets(entry: Entry): readonly string[] {
  let found = collected.get(entry)
  if (!found) {
    found = readSecrets(entry)
    collected.set(entry, found)
  }
  return found
}

// Entries are read-only once captured: what each reveals is read once.
const collected = new WeakMap<Entry, readonly string[]>()

// The secrets of a text the entry may lack.
// Stryker disable next-line StringLiteral: secretsIn finds nothing in '' nor in any text that names no credential
const textSecrets = (text: string | undefined) => secretsIn(text ?? '')

function readSecrets(entry: Entry): string[] {
  const { request, response } = entry
  return [
    ...textSecrets(request.url),
    ...textSecrets(response.redirectURL),
    ...(request.headers ?? []).flatMap(headerSecrets),
    ...(response.headers ?? []).flatMap(headerSecrets),
    ...[...(request.cookies ?? []), ...(response.cookies ?? [])].map((c) => c.value ?? ''),
    ...(request.queryString ?? []).flatMap(pairSecrets),
    ...(request.postData?.params ?? []).flatMap(pairSecrets),
    ...textSecrets(request.postData?.text),
    ...textSecrets(decodeContentText(response.content?.text, response.content?.encoding)),
  ]
}

/**
 * A copy of `value` whose members other than `done` are masked by value (the caller redacts `done` itself,
 * known secrets included): each string of an entry is read once. Members keep their order.
 */
function maskOthers<T extends object>(value: T, done: readonly string[], known: KnownSecrets): T {
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const key of Object.keys(record)) {
    // Stryker disable next-line ConditionalExpression: a shortcut: the caller replaces the members in `done`
    if (done.includes(key)) continue
    const masked = known.maskDeep(record[key])
    // Stryker disable next-line ConditionalExpression: a shortcut: a copy of an unchanged member is equal to it
    if (masked === record[key]) continue
    copy ??= { ...record }
    copy[key] = masked
  }
  return (copy ?? value) as T
}

/** What redaction does with an object's members other than `done`: mask them (maskOthers) or gather them. */
type Others = <T extends object>(value: T, done: readonly string[]) => T

/** Every string in `value`, depth first, into `out`. */
function gatherStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value)
  // Arrays and objects by their keys; a number, a boolean and null have none (for...in reads nothing).
  else for (const key in value as object) gatherStrings((value as Record<string, unknown>)[key], out)
}

const VALUE = ['value']

// A URL (Referer, Location, HTTP/2's :path) is read as a URL by its shape, like any header value; a cookie
// header is hidden whole whatever its value reads as (a BDC code too).
function redactHeaders(headers: readonly Header[], known: KnownSecrets, others: Others): Header[] {
  return headers.map((h) => {
    const rest = others(h, VALUE)
    if (COOKIE_HEADERS.has(h.name.toLowerCase())) return { ...rest, value: REDACTED }
    return { ...rest, value: redactNamedValue(h.name, h.value, known) }
  })
}

const redactPairs = <T extends NameValue>(pairs: readonly T[], known: KnownSecrets, others: Others): T[] =>
  pairs.map((p) => ({
    ...others(p, VALUE),
    value: redactNamedValue(p.name, p.value ?? '', known),
  }))

const redactCookies = (cookies: readonly Cookie[], others: Others): Cookie[] =>
  cookies.map((c) => ({ ...others(c, VALUE), value: REDACTED }))

// Chrome writes a form's text beside its params: both are read by name (an SMS code or a phone is hidden by
// name only, never remembered as a value).
function redactPostData(postData: PostData, known: KnownSecrets, others: Others): PostData {
  const text = postData.text === undefined ? {} : { text: redactText(postData.text, known) }
  if (postData.params)
    return {
      ...others(postData, ['params', 'text']),
      params: redactPairs(postData.params, known, others),
      ...text,
    } as PostData
  return { ...others(postData, ['text']), text: redactText(postData.text ?? '', known) }
}

const REQUEST_DONE = ['url', 'headers', 'queryString', 'cookies', 'postData']
const RESPONSE_DONE = ['headers', 'cookies', 'redirectURL', 'content']

/**
 * A copy of one HAR entry with every secret replaced: by name (headers, cookies, query, fragment, form and
 * multipart fields, JSON and XML at any depth, in bodies of any declared type) and by value (the known
 * credentials plus this entry's own, in any spelling, in every string of the entry). Base64 content is
 * decoded first and exported as text. Pure: the panel's exports and the CLI proxy's HAR share it.
 */
export function redactHarEntry(entry: Entry, known: KnownSecrets = NO_SECRETS): Entry {
  const all = known.with(collectSecrets(entry))
  // The members not read by name (dates, header names, browser extras) seldom hold a known secret: gathered
  // and searched at once, they are masked one by one only when that search finds one (masking each string
  // of every entry was a third of an export's redaction). Joined by NUL, no spelling runs across two.
  // Stryker disable next-line ArrayDeclaration: a string more only makes the search say yes needlessly (work redone)
  const gathered: string[] = []
  const redacted = redactEntry(entry, all, (value, done) => {
    for (const key in value) if (!done.includes(key)) gatherStrings(value[key], gathered)
    return value
  })
  if (!all.holdsLearnedFrom(gathered.join('\0'), 0)) return redacted
  return redactEntry(entry, all, (value, done) => maskOthers(value, done, all))
}

function redactEntry(entry: Entry, all: KnownSecrets, others: Others): Entry {
  const { request, response } = entry
  const { encoding: _decoded, text, ...content } = response.content
  const decoded = decodeContentText(text, response.content.encoding)
  // The fields read by name mask known secrets themselves; anything else a HAR may carry (comments,
  // _initiator, browser extras) is masked by value.
  return {
    ...others(entry, ['request', 'response']),
    request: {
      ...others(request, REQUEST_DONE),
      url: redactUrl(request.url, all),
      headers: redactHeaders(request.headers, all, others),
      queryString: redactPairs(request.queryString, all, others),
      cookies: redactCookies(request.cookies, others),
      ...(request.postData ? { postData: redactPostData(request.postData, all, others) } : {}),
    },
    response: {
      ...others(response, RESPONSE_DONE),
      headers: redactHeaders(response.headers, all, others),
      cookies: redactCookies(response.cookies, others),
      redirectURL: redactUrl(response.redirectURL, all),
      content: {
        // Stryker disable next-line ArrayDeclaration: no member of a HAR's content is named "Stryker was here"
        ...others(content, []),
        ...(decoded !== undefined ? { text: redactText(decoded, all) } : {}),
      },
    },
  }
}

/** The credentials of a whole HAR, to mask across all its entries. */
export const knownSecretsOf = (entries: readonly Entry[], known: KnownSecrets = NO_SECRETS): KnownSecrets =>
  known.with(entries.flatMap(collectSecrets))

/** A redacted copy of a whole HAR document: what one entry reveals is masked in all of them. */
export function redactHar(har: Har): Har {
  const known = knownSecretsOf(har.log.entries)
  return { ...har, log: { ...har.log, entries: har.log.entries.map((e) => redactHarEntry(e, known)) } }
}

export { KnownSecrets }
