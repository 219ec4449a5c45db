import { REDACTED } from '../bill/redact.ts'
import { bodyShape } from './body-shape.ts'
import { pairSpans, urlSpans } from './form-spans.ts'
import { jsonSpans, type NestedRedact } from './json-spans.ts'
import { KnownSecrets, NO_SECRETS } from './known-secrets.ts'
import { markupSpans, multipartSpans } from './markup-spans.ts'
import {
  isCredentialName,
  isSecretName,
  isSecretValue,
  looksLikePhone,
  mayHoldSecret,
  mayNameCredential,
  mentionsSecretName,
} from './secret-names.ts'
import { mergeSpans, plainSpan, type SecretSpan, spliceSpans } from './spans.ts'
import { memoPerKey, TextMemo } from './text-memo.ts'

// Redaction of a text by the shape read from the text itself (body-shape.ts).

// "name: value" to the end of the line, or name=value up to a separator; quotes around either allowed.
// The name is at most 64 characters: unbounded, a long word with no `:` or `=` after it was scanned to its end
// from each of its letters (quadratic: 13 s for one 100 KB JSON string).
const ASSIGNMENT =
  /(["']?)([A-Za-z][\w-]{0,63})\1[ \t]*(?::[ \t]*([^\r\n]*)|=[ \t]*("[^"\r\n]*"|'[^'\r\n]*'|[^\s&;,]*))/g
// Whole runs only: the digits at the end of an org id (00801QAMFAORG0000001) are no phone.
const PHONE_RUN = /(?<![\w+])\+?\d[\d ().-]{5,22}\d(?!\w)/g

/**
 * Free text: assignments to secret names, phone-like runs. A whole body that names a secret elsewhere is
 * hidden whole (its secrets cannot be located); a string inside JSON or a field is not ("Reset password").
 */
function opaqueSpans(text: string, whole: boolean): SecretSpan[] {
  const spans: SecretSpan[] = []
  // A secret name given a value we could read (hidden or public, `code=BDC_1109`) is accounted for.
  let located = false
  for (const m of text.matchAll(ASSIGNMENT)) {
    // Stryker disable next-line StringLiteral: group 2 always takes part in a match (the fallback is for the type)
    const name = m[2] ?? ''
    // Stryker disable next-line StringLiteral: one of groups 3 and 4 always takes part (`:` or `=`)
    const raw = m[3] ?? m[4] ?? ''
    const value = raw.replace(/^["']|["']$/g, '')
    located ||= raw !== '' && isSecretName(name)
    if (raw === '' || !isSecretValue(name, value)) continue
    const start = m.index + m[0].length - raw.length
    spans.push(plainSpan(start, start + raw.length, isCredentialName(name) ? value : undefined))
  }
  for (const m of text.matchAll(PHONE_RUN))
    if (looksLikePhone(m[0])) spans.push(plainSpan(m.index, m.index + m[0].length))
  if (whole && spans.length === 0 && !located && mentionsSecretName(text))
    return [{ start: 0, end: text.length, replacement: `[redacted: ${text.length} characters]` }]
  return spans
}

/** The secrets a text holds by its own structure (names, phones), whatever its shape. */
function shapeSpans(
  text: string,
  known: KnownSecrets = NO_SECRETS,
  sink?: string[],
  // Stryker disable next-line BooleanLiteral: only secretsIn leaves it out, and its sink keeps values, which a text hidden whole has none of
  inner = false,
): SecretSpan[] {
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a pre-check that saves work (exact: secret-names-precheck.test.ts); a stray element has no start or end, and mergeSpans drops it
  if (!mayHoldSecret(text)) return []
  const spans = spansByShape(text, known, sink, inner)
  if (sink) for (const s of spans) if (s.value !== undefined) sink.push(s.value)
  return spans
}

/** Redacts a text found inside another by its own shape (made only for shapes that hold texts). */
const nestedRedact =
  (known: KnownSecrets, sink: string[] | undefined): NestedRedact =>
  (value, verbatim = false) => {
    const shape = shapeSpans(value, known, sink, true)
    if (verbatim && shape.length === 0) return value
    return spliceSpans(value, [...shape, ...known.spans(value)])
  }

// First characters of the shapes below (JSON, markup, multipart, a path).
const STRUCTURED_HEAD = /^[\s\uFEFF]*[{["<\-/]/

function spansByShape(
  text: string,
  known: KnownSecrets,
  sink: string[] | undefined,
  inner: boolean,
): SecretSpan[] {
  // Most strings (ids, names, messages) have no shape: no structure, no name:value, no name=value.
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut: bodyShape calls such a text 'text', read the same way below
  if (!text.includes('=') && !text.includes(':') && !STRUCTURED_HEAD.test(text))
    return opaqueSpans(text, !inner)
  const shape = bodyShape(text)
  switch (shape.kind) {
    case 'json':
      return jsonSpans(text, nestedRedact(known, sink), shape.root)
    case 'multipart':
      return multipartSpans(text, (part) => valueSpans(part, known, sink))
    case 'markup':
      return markupSpans(text)
    case 'url':
      return urlSpans(text, nestedRedact(known, sink))
    case 'form':
      return pairSpans(text, nestedRedact(known, sink))
    default:
      return opaqueSpans(text, !inner)
  }
}

function mergedSpans(text: string, known: KnownSecrets, sink: string[] | undefined, inner: boolean) {
  return mergeSpans([...shapeSpans(text, known, sink, inner), ...known.spans(text)])
}

/** Every secret in a text: by its structure, and every known value in any spelling. Merged, in order. */
export const secretSpans = (text: string, known: KnownSecrets = NO_SECRETS, sink?: string[]): SecretSpan[] =>
  mergedSpans(text, known, sink, false)

/**
 * The secrets of a value under a name that is not secret (a field, a part, a header, a query parameter): as
 * secretSpans, but free text is never hidden whole ("Invalid 2-Step Verification token." stays readable).
 */
export const valueSpans = (text: string, known: KnownSecrets = NO_SECRETS, sink?: string[]): SecretSpan[] =>
  mergedSpans(text, known, sink, true)

// Each distinct text redacted once per set of known secrets (the answer depends on the text and the set).
const redactedTexts = memoPerKey<KnownSecrets, string>()
const redactedValues = memoPerKey<KnownSecrets, string>()
const revealed = new TextMemo<readonly string[]>()

/** The text with its secrets replaced, keeping its own syntax (JSON stays JSON, a form stays a form). */
export function redactText(text: string, known: KnownSecrets = NO_SECRETS): string {
  return redactedTexts(known).get(text, (t) => spliceSpans(t, secretSpans(t, known)))
}

/** A value under a name (a header, a field): hidden whole when the name is secret, else like any text. */
export function redactNamedValue(name: string, value: string, known: KnownSecrets = NO_SECRETS): string {
  if (isSecretValue(name, value)) return REDACTED
  return redactedValues(known).get(value, (v) => spliceSpans(v, valueSpans(v, known)))
}

/** The credentials a text reveals by name (to be masked everywhere else in the capture). */
export function secretsIn(text: string): readonly string[] {
  // Asked of every header value of every row: the memo first, it is cheaper even than the pre-check.
  return revealed.get(text, (t) => {
    // Stryker disable next-line ConditionalExpression: a pre-check that saves work (exact: secret-names-precheck.test.ts)
    if (!mayNameCredential(t)) return []
    const found: string[] = []
    shapeSpans(t, NO_SECRETS, found)
    return found
  })
}

export { KnownSecrets }
