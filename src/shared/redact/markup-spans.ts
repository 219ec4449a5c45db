import { REDACTED } from '../bill/redact.ts'
import { isCredentialName, isSecretName, isSecretValue } from './secret-names.ts'
import { type SecretSpan, shiftSpans } from './spans.ts'

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function xmlDecode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref.toLowerCase()] ?? whole
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1)

function hidden(start: number, raw: string, name: string): SecretSpan {
  const value = xmlDecode(raw)
  return {
    start,
    end: start + raw.length,
    replacement: REDACTED,
    ...(isCredentialName(name) ? { value } : {}),
  }
}

// Regular expressions without nested quantifiers over the same characters: linear on any input.
const ELEMENT = /<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?>(<!\[CDATA\[)?([^<]*)/g
const TAG = /<[A-Za-z_][^<>]*>/g
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/**
 * Secrets in XML or HTML: the text of an element with a secret name, attributes with a secret name, the
 * `value` of an element whose `name` (or `id`) attribute names a secret (HTML inputs), and phone-like text.
 */
export function markupSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = []
  for (const m of text.matchAll(ELEMENT)) {
    // Stryker disable next-line StringLiteral: group 3 always takes part in the match
    const content = m[3] ?? ''
    const start = m.index + m[0].length - content.length
    if (content.trim() === '') continue
    // Stryker disable next-line StringLiteral: group 1 always takes part in the match
    const name = localName(m[1] ?? '')
    if (isSecretValue(name, xmlDecode(content))) spans.push(hidden(start, content, name))
  }
  for (const tag of text.matchAll(TAG)) {
    const attributes = [...tag[0].matchAll(ATTRIBUTE)].map((a) => {
      // Stryker disable next-line StringLiteral: one of groups 2 and 3 always takes part in the match
      const raw = a[2] ?? a[3] ?? ''
      // Stryker disable next-line StringLiteral: group 1 always takes part in the match
      return { name: a[1] ?? '', raw, start: tag.index + a.index + a[0].length - raw.length - 1 }
    })
    const named = attributes.find((a) => a.name === 'name' || a.name === 'id' || a.name === 'key')
    // Stryker disable next-line StringLiteral: with no name attribute, any name that is no secret reads the same
    const pairName = named === undefined ? '' : xmlDecode(named.raw)
    for (const a of attributes) {
      const value = xmlDecode(a.raw)
      if (a.name === 'value' && isSecretName(pairName) && isSecretValue(pairName, value))
        spans.push(hidden(a.start, a.raw, pairName))
      else if (isSecretValue(localName(a.name), value)) spans.push(hidden(a.start, a.raw, localName(a.name)))
    }
  }
  return spans
}

const BOUNDARY_LINE = /^--([^\r\n]{1,200})\r?\n/

/** True for a multipart/form-data body (it starts with its boundary line). */
export const looksLikeMultipart = (text: string) => BOUNDARY_LINE.test(text)

/** Secrets in a multipart body: the whole content of a part with a secret name, else inside each part. */
export function multipartSpans(text: string, nested: (text: string) => SecretSpan[]): SecretSpan[] {
  const boundary = BOUNDARY_LINE.exec(text)?.[1]
  if (!boundary) return []
  const delimiter = `--${boundary}`
  const spans: SecretSpan[] = []
  let at = 0
  // Stryker disable next-line EqualityOperator: the loop always ends at a break first
  while (at < text.length) {
    const partStart = text.indexOf('\n', at) + 1
    if (partStart === 0) break
    const next = text.indexOf(delimiter, partStart)
    const partEnd = next < 0 ? text.length : next
    const part = text.slice(partStart, partEnd)
    const blank = /\r?\n\r?\n/.exec(part)
    if (blank) {
      const headers = part.slice(0, blank.index)
      const bodyStart = blank.index + blank[0].length
      const body = part.slice(bodyStart).replace(/\r?\n$/, '')
      // Stryker disable next-line StringLiteral: a part without a name: any name that is no secret reads the same
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? ''
      const offset = partStart + bodyStart
      if (isSecretValue(name, body))
        spans.push({
          start: offset,
          end: offset + body.length,
          replacement: REDACTED,
          ...(isCredentialName(name) ? { value: body } : {}),
        })
      else spans.push(...shiftSpans(nested(body), offset))
    }
    // Stryker disable next-line EqualityOperator: the next delimiter is sought after partStart >= 1, never at 0
    if (next < 0) break
    at = next
  }
  return spans
}
