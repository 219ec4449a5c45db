import { REDACTED } from '../bill/redact.ts'

/** Where a secret sits in a text, and what an export writes in its place. */
export interface SecretSpan {
  start: number
  end: number
  /** Written instead of text.slice(start, end) (keeps the text's own syntax valid). */
  replacement: string
  /** The secret itself (decoded), when it sat under a credential's name: then it is masked everywhere. */
  value?: string
}

export const plainSpan = (start: number, end: number, value?: string): SecretSpan => ({
  start,
  end,
  replacement: REDACTED,
  // Stryker disable next-line ConditionalExpression: an absent value and `value: undefined` read the same (`!== undefined`)
  ...(value !== undefined ? { value } : {}),
})

export const shiftSpans = (spans: readonly SecretSpan[], by: number): SecretSpan[] =>
  spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }))

/**
 * Non-overlapping spans in text order. An outer span swallows the spans inside it; two that cross are joined
 * into one plain span (hiding more than needed rather than less).
 */
export function mergeSpans(spans: readonly SecretSpan[]): SecretSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const out: SecretSpan[] = []
  for (const span of sorted) {
    const last = out.at(-1)
    if (!last || span.start >= last.end) out.push(span)
    else if (span.end > last.end) out[out.length - 1] = plainSpan(last.start, span.end)
  }
  return out
}

/** The text with each (merged) span replaced. */
export function spliceSpans(text: string, spans: readonly SecretSpan[]): string {
  let out = ''
  let at = 0
  for (const span of mergeSpans(spans)) {
    out += text.slice(at, span.start) + span.replacement
    at = span.end
  }
  return out + text.slice(at)
}
