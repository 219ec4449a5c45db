import { formDecode } from '../har/form-value.ts'
import type { NameValue, NormalizedRequest } from '../har/request.ts'

export type ParsedBody =
  | { kind: 'empty'; text: '' }
  | { kind: 'json'; value: unknown; text: string }
  | {
      kind: 'form'
      /** Decoded fields in order, duplicates kept. */
      value: NameValue[]
      /** The decoded v2 `data` field (a JSON string) when present: ranges of v2 findings point into it. */
      dataText?: string
      /** `dataText` parsed, when it is valid JSON. */
      dataJson?: unknown
      text: string
    }
  | { kind: 'text'; text: string }

/** JSON.parse that reports failure instead of throwing; a leading BOM is allowed. */
export function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) }
  } catch {
    return { ok: false }
  }
}

/** Splits a form body without URLSearchParams so a malformed escape keeps its raw text instead of U+FFFD. */
function parseForm(text: string): NameValue[] {
  const fields: NameValue[] = []
  for (const part of text.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const name = eq < 0 ? part : part.slice(0, eq)
    const value = eq < 0 ? '' : part.slice(eq + 1)
    fields.push({ name: formDecode(name), value: formDecode(value) })
  }
  return fields
}

function formBody(fields: NameValue[], text: string): ParsedBody {
  // Servers (and BILL's) read the first of duplicate fields.
  const data = fields.find((f) => f.name === 'data')
  if (!data) return { kind: 'form', value: fields, text }
  const json = tryJson(data.value)
  return {
    kind: 'form',
    value: fields,
    dataText: data.value,
    ...(json.ok ? { dataJson: json.value } : {}),
    text,
  }
}

const looksLikeJson = (text: string) => /^[\s\uFEFF]*[[{]/.test(text)
const looksLikeForm = (text: string) => /^[^\s=&{}[\]"]+=/.test(text)

/** Reads a request body as BILL would: v3 JSON, v2 form with a JSON `data` field, or plain text. Never throws. */
export function parseBody(request: Pick<NormalizedRequest, 'body'>): ParsedBody {
  const body = request.body
  const text = body?.text ?? ''
  // Stryker disable next-line StringLiteral: any stand-in without "json" or "x-www-form-urlencoded" reads the same
  const mime = (body?.mimeType ?? '').toLowerCase()
  if (text === '') {
    const params = body?.params ?? []
    if (params.length === 0) return { kind: 'empty', text: '' }
    const shown = new URLSearchParams(params.map((p) => [p.name, p.value])).toString()
    return formBody([...params], shown)
  }
  const isForm = mime.includes('x-www-form-urlencoded')
  if (!isForm && (mime.includes('json') || looksLikeJson(text))) {
    const json = tryJson(text)
    if (json.ok) return { kind: 'json', value: json.value, text }
  }
  if (isForm || (!mime.includes('json') && looksLikeForm(text))) return formBody(parseForm(text), text)
  return { kind: 'text', text }
}
