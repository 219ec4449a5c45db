import type { ParsedBody } from './parse-body.ts'
import type { FindingLocation } from './types.ts'

/** The text a location's range points into: the URL, the body, or the decoded v2 `data`. */
export function locatedText(location: FindingLocation, url: string, body: ParsedBody | undefined): string {
  if (location.in === 'url') return url
  if (location.in === 'data') return body?.kind === 'form' ? (body.dataText ?? '') : ''
  return body?.text ?? ''
}

/** One line of context around a range, whitespace collapsed, with "…" where it was cut. */
export function excerpt(text: string, range: readonly [number, number], context = 30): string {
  const start = Math.max(0, range[0] - context)
  const end = Math.min(text.length, range[1] + context)
  const middle = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${middle}${end < text.length ? '…' : ''}`
}
