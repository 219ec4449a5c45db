import { REDACTED } from '../bill/redact.ts'
import { canonicalText, sourceRange } from './canonical-text.ts'
import { ManyStringsMatcher } from './many-strings-matcher.ts'
import { plainSpan, type SecretSpan, spliceSpans } from './spans.ts'
import { TextMemo } from './text-memo.ts'

// Redaction by value: the credentials seen in a capture (a session id in a login answer, a dev key in a
// header) are masked wherever else they turn up, under any name, in any of the encodings text goes through.

/** Values this long are masked wherever they appear, inside longer words too. */
const MIN_LENGTH = 8
/**
 * Shorter ones (a short cookie value, issue 21) only where they stand as a whole token: inside ids and words
 * they would mask ordinary text. Below this, values (flags, `en`) are no credentials.
 */
const MIN_TOKEN_LENGTH = 4
// What a token is made of: a short value next to one of these is part of a longer word or id.
const isWordCode = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d
const IGNORED = new Set(['true', 'false', 'null', 'undefined', REDACTED])

// Short texts whose search result is remembered (spans are asked of every name, method and type).
const MAX_REMEMBERED_LENGTH = 64

const XML_NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }

// Characters no encoding changes: a value made of them alone (most ids and keys) has one spelling.
const SAME_IN_EVERY_SPELLING = /^[A-Za-z0-9._-]*$/

// The forms of each other value seen, computed once (a capture's secrets are few; bounded all the same).
const formsCache = new Map<string, string[]>()

function canonicalForms(value: string): string[] {
  // Stryker disable next-line ConditionalExpression: a shortcut: every spelling of such a value is the value
  if (SAME_IN_EVERY_SPELLING.test(value)) return [value]
  let forms = formsCache.get(value)
  // Stryker disable next-line ConditionalExpression: a cache: computing the forms again gives the same forms
  if (!forms) {
    forms = spelledForms(value)
    // Bounded in bytes: long values are not kept.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a memory bound: kept or not, the forms are the same
    if (value.length > MAX_REMEMBERED_LENGTH * 4) return forms
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a memory bound: clearing sooner, later or never gives the same forms
    if (formsCache.size >= 10_000) formsCache.clear()
    formsCache.set(value, forms)
  }
  return forms
}

/** Every spelling a value may take in captured text, reduced to canonical text. */
function spelledForms(value: string): string[] {
  const spellings = [
    value,
    encodeURIComponent(value),
    // canonicalText reads `+` as a space and a JSON escape as its character: these two forms mostly repeat
    // others (known-secrets.test.ts's 2,000 cases pass with either one broken).
    // Stryker disable next-line ObjectLiteral,MethodExpression: the form spelling reduces to encodeURIComponent's
    new URLSearchParams({ v: value }).toString().slice(2),
    // Stryker disable next-line UnaryOperator: the JSON spelling reduces to the value's own
    JSON.stringify(value).slice(1, -1),
    // Stryker disable next-line Regex: negated, it spells a form no text holds; canonicalText decodes entities, so XML text shows the value's own form
    value.replace(/[&<>"']/g, (c) => `&${XML_NAMED[c]};`),
  ]
  return [...new Set(spellings.map((s) => canonicalText(s).text))]
}

/** The value as kept (trimmed), or undefined when too short or too common to be a credential. */
function keptValue(raw: string): string | undefined {
  const value = raw.trim()
  return value.length >= MIN_TOKEN_LENGTH && !IGNORED.has(value.toLowerCase()) ? value : undefined
}

/** A set of secret values, found in text in any spelling (see canonical-text.ts). */
export class KnownSecrets {
  private readonly values: ReadonlySet<string>
  // Every spelling of every value, sought in one pass whatever their number (built at the first search).
  private matcher: ManyStringsMatcher | undefined
  // Patterns of the matcher from this index on are short values, kept only as whole tokens.
  private tokensFrom = 0
  // Per pattern: the index (in `values`) of the first value that makes it a pattern of its kind.
  private learnedAt = new Int32Array(0)
  // The values in the order they were learned, shared with the sets grown from this one by `with` (each a
  // longer prefix of it), so a later set tells in O(1) which of its values an earlier one did not know.
  private history: string[]
  // What the search found in short texts: a capture repeats its header names, methods and types thousands of
  // times. Callers copy spans before changing them (shiftSpans), so one answer serves them all.
  private readonly remembered = new TextMemo<SecretSpan[]>(MAX_REMEMBERED_LENGTH)
  // Each distinct string of a capture masked once (an export masks every string of every entry).
  private readonly masked = new TextMemo<string>()

  constructor(values: Iterable<string> = []) {
    const kept = new Set<string>()
    for (const raw of values) {
      const value = keptValue(raw)
      if (value !== undefined) kept.add(value)
    }
    this.values = kept
    this.history = [...kept]
  }

  get size(): number {
    return this.values.size
  }

  list(): string[] {
    return [...this.values]
  }

  /** This set with more values (itself when they add nothing, so its compiled pattern is reused). */
  with(values: Iterable<string>): KnownSecrets {
    const more: string[] = []
    for (const raw of values) {
      // Most are known already: checked as given before any trimming.
      // Stryker disable next-line ConditionalExpression: a shortcut: the trimmed value is checked again below
      if (this.values.has(raw)) continue
      const value = keptValue(raw)
      if (value !== undefined && !this.values.has(value)) more.push(value)
    }
    if (more.length === 0) return this
    const grown = new KnownSecrets([...this.values, ...more])
    // The newest set of a line of growth carries the line on; an older one starts a line of its own. The empty
    // set starts none (it is shared by every capture: it would keep the first one's secrets for good).
    if (this.values.size > 0 && this.history.length === this.values.size) {
      this.history.push(...grown.history.slice(this.values.size))
      grown.history = this.history
    }
    return grown
  }

  /**
   * How many of this set's values `older` knew, when it is an earlier stage of this set (grown into it by
   * `with`): this set's values from that index on are the ones learned since. Else undefined.
   */
  knownBy(older: KnownSecrets): number | undefined {
    if (older.size === 0) return 0
    return older.history === this.history && older.size <= this.size ? older.size : undefined
  }

  /**
   * Whether the text holds, in any spelling, a value learned at index `from` or later: anywhere, even where
   * the search keeps only whole tokens (a hint to redo work, so it may say yes needlessly, never no wrongly).
   */
  holdsLearnedFrom(text: string, from: number): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: shortcuts: no value is learned at or after size, and no pattern is shorter than MIN_TOKEN_LENGTH
    if (from >= this.values.size || text.length < MIN_TOKEN_LENGTH) return false
    // No memo: looking a long text up costs more than searching it.
    this.matcher ??= ManyStringsMatcher.of(this.patterns())
    for (const { pattern } of this.matcher.find(canonicalText(text).text))
      if ((this.learnedAt[pattern] as number) >= from) return true
    return false
  }

  /**
   * Every spelling of every value, once: first those found anywhere, then (from `tokensFrom` on) those of
   * short values, found only as whole tokens.
   */
  private patterns(): string[] {
    // Form → index of its first value of that kind (a short value's form that a long value also has is
    // sought anywhere: learned with the long value).
    const anywhere = new Map<string, number>()
    const tokens = new Map<string, number>()
    let index = 0
    for (const value of this.values) {
      for (const form of canonicalForms(value))
        if (value.length < MIN_LENGTH) {
          // Stryker disable next-line ConditionalExpression: a later index only makes holdsLearnedFrom say yes more often, which its contract allows
          if (!tokens.has(form)) tokens.set(form, index)
        } else if (form.length >= MIN_LENGTH && !anywhere.has(form)) anywhere.set(form, index)
      index++
    }
    for (const form of anywhere.keys()) tokens.delete(form)
    this.tokensFrom = anywhere.size
    this.learnedAt = Int32Array.from([...anywhere.values(), ...tokens.values()])
    return [...anywhere.keys(), ...tokens.keys()]
  }

  /**
   * Builds the one-pass search now, in steps with `pause()` between them, so that a page with thousands of
   * secrets never spends one long task on it (searching builds it at once otherwise).
   */
  async prepare(pause: () => Promise<void>): Promise<void> {
    if (this.values.size > 0) this.matcher ??= await ManyStringsMatcher.inSlices(this.patterns(), pause)
  }

  /** Where any known value appears in the text, in any spelling. */
  spans(text: string): SecretSpan[] {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: shortcuts: no values or a text shorter than any pattern: nothing found
    if (this.values.size === 0 || text.length < MIN_TOKEN_LENGTH) return []
    return this.remembered.get(text, (t) => this.search(t))
  }

  private search(text: string): SecretSpan[] {
    this.matcher ??= ManyStringsMatcher.of(this.patterns())
    const canonical = canonicalText(text)
    const found = this.matcher.find(canonical.text)
    // Stryker disable next-line ConditionalExpression: a shortcut: nothing found maps to nothing
    if (found.length === 0) return []
    const whole = (start: number, end: number) =>
      !isWordCode(canonical.text.charCodeAt(start - 1)) && !isWordCode(canonical.text.charCodeAt(end))
    return found
      .filter(({ start, end, pattern }) => pattern < this.tokensFrom || whole(start, end))
      .map(({ start, end }) => plainSpan(...sourceRange(canonical, start, end)))
      .sort((a, b) => a.start - b.start || b.end - a.end)
  }

  /** The text with every known value replaced. */
  mask(text: string): string {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: shortcuts: spans() finds nothing there either
    if (this.values.size === 0 || text.length < MIN_TOKEN_LENGTH) return text
    return this.masked.get(text, (t) => spliceSpans(t, this.spans(t)))
  }

  /** A deep copy of a JSON-like value with every string masked. */
  maskDeep<T>(value: T): T {
    // Stryker disable next-line ConditionalExpression: a shortcut: masking with no values changes nothing, so nothing is copied
    if (this.values.size === 0) return value
    return maskValue(value, this) as T
  }
}

/** The value itself when nothing in it changes (most of a HAR entry), else a copy: nothing copied needlessly. */
function maskValue(value: unknown, known: KnownSecrets): unknown {
  if (typeof value === 'string') return known.mask(value)
  if (typeof value !== 'object' || value === null) return value
  // Plain loops: this runs on every member of every exported entry.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    // Stryker disable next-line EqualityOperator: value[length] is undefined, masked to itself
    for (let i = 0; i < value.length; i++) {
      const masked = maskValue(value[i], known)
      if (masked === value[i]) continue
      copy ??= [...value]
      copy[i] = masked
    }
    return copy ?? value
  }
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const key of Object.keys(record)) {
    const masked = maskValue(record[key], known)
    if (masked === record[key]) continue
    copy ??= { ...record }
    copy[key] = masked
  }
  return copy ?? value
}

export const NO_SECRETS = new KnownSecrets()
