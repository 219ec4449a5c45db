import { looksLikeUrl } from './form-spans.ts'
import { type JsonValue, scanJson } from './json-scan.ts'
import { looksLikeMultipart } from './markup-spans.ts'

// The shape of a body read from the text itself, never from its declared content type (curl -d, jQuery's
// $.post and axios send JSON, XML or multipart as a form; servers answer XML or HTML as text/plain). One
// reading for everyone: the redaction masks by it and the panel lays a body out by it.

export type BodyShape =
  | { kind: 'json'; root: JsonValue }
  | { kind: 'multipart' | 'markup' | 'url' | 'form' | 'text' }

// One line (a final line break allowed) of name=value pairs whose first name starts with none of the
// characters JSON, XML or text start with; brackets inside it are PHP-style names (`data[amount]=1`).
const FORM = /^[^\s=&{}[\]"<][^\s=&{}"<]*=[^\r\n]*(?:\r?\n)?$/

export function bodyShape(text: string): BodyShape {
  const head = text.trimStart().slice(0, 1)
  if (head === '{' || head === '[' || head === '"') {
    const root = scanJson(text)
    if (root) return { kind: 'json', root }
  }
  if (looksLikeMultipart(text)) return { kind: 'multipart' }
  if (head === '<') return { kind: 'markup' }
  if (looksLikeUrl(text)) return { kind: 'url' }
  if (FORM.test(text)) return { kind: 'form' }
  return { kind: 'text' }
}
