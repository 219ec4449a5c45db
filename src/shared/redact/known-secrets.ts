import { REDACTED } from '../bill/redact.ts'
import { canonicalText, sourceRange } from './canonical-text.ts'
import { plainSpan, type SecretSpan, spliceSpans } from './spans.ts'

// Redaction by value: the credentials seen in a capture (a session id in a login answer, a dev key in a
// header) are masked wherever else they turn up, under any name, in any of the encodings text goes through.

/** Shorter values (SMS codes, flags) would mask ordinary numbers and words; credentials are longer. */
const MIN_LENGTH = 8
const IGNORED = new Set(['true', 'false', 'null', 'undefined', REDACTED])

const XML_NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }

// The forms of each value seen, computed once (a capture's secrets are few; bounded all the same).
const formsCache = new Map<string, string[]>()

function canonicalForms(value: string): string[] {
  let forms = formsCache.get(value)
  if (!forms) {
    if (formsCache.size >= 10_000) formsCache.clear()
    forms = spelledForms(value)
    formsCache.set(value, forms)
  }
  return forms
}

/** Every spelling a value may take in captured text, reduced to canonical text. */
function spelledForms(value: string): string[] {
  const spellings = [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
    value.replace(/[&<>"']/g, (c) => `&${XML_NAMED[c]};`),
  ]
  return [...new Set(spellings.map((s) => canonicalText(s).text))].filter((f) => f.length >= MIN_LENGTH)
}

/** A set of secret values, found in text in any spelling (see canonical-text.ts). */
export class KnownSecrets {
  private readonly values: ReadonlySet<string>
  private forms: string[] | undefined

  constructor(values: Iterable<string> = []) {
    const kept = new Set<string>()
    for (const raw of values) {
      const value = raw.trim()
      if (value.length >= MIN_LENGTH && !IGNORED.has(value.toLowerCase())) kept.add(value)
    }
    this.values = kept
  }

  get size(): number {
    return this.values.size
  }

  list(): string[] {
    return [...this.values]
  }

  /** This set with more values (itself when they add nothing, so its compiled pattern is reused). */
  with(values: Iterable<string>): KnownSecrets {
    const more = new KnownSecrets(values).list().filter((v) => !this.values.has(v))
    return more.length === 0 ? this : new KnownSecrets([...this.values, ...more])
  }

  /** Where any known value appears in the text, in any spelling. */
  spans(text: string): SecretSpan[] {
    if (this.values.size === 0 || text.length < MIN_LENGTH) return []
    // Longest first, so a value that contains another is taken whole.
    this.forms ??= [...new Set([...this.values].flatMap(canonicalForms))].sort((a, b) => b.length - a.length)
    const canonical = canonicalText(text)
    const out: SecretSpan[] = []
    for (const form of this.forms) {
      for (
        let at = canonical.text.indexOf(form);
        at >= 0;
        at = canonical.text.indexOf(form, at + form.length)
      ) {
        const [start, end] = sourceRange(canonical, at, at + form.length)
        out.push(plainSpan(start, end))
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end)
  }

  /** The text with every known value replaced. */
  mask(text: string): string {
    const spans = this.spans(text)
    return spans.length === 0 ? text : spliceSpans(text, spans)
  }

  /** A deep copy of a JSON-like value with every string masked. */
  maskDeep<T>(value: T): T {
    if (this.values.size === 0) return value
    return maskValue(value, this) as T
  }
}

/** The value itself when nothing in it changes (most of a HAR entry), else a copy. */
function maskValue(value: unknown, known: KnownSecrets): unknown {
  if (typeof value === 'string') return known.mask(value)
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const items = value.map((v) => maskValue(v, known))
    return items.some((v, i) => v !== value[i]) ? items : value
  }
  const entries = Object.entries(value)
  const masked = entries.map(([k, v]) => [k, maskValue(v, known)] as const)
  return masked.some(([, v], i) => v !== entries[i]?.[1]) ? Object.fromEntries(masked) : value
}

export const NO_SECRETS = new KnownSecrets()
