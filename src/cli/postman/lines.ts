import type { JsonLines, JsonPath } from '../client-scripts/json-lines.ts'

// Where a Postman request's parts sit in the collection file: the line a finding points at.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Lines of the body (the raw text, or the form field holding `field` or v2's `data`) and of the URL. */
export function bodyLines(request: unknown, at: JsonPath, lines: JsonLines) {
  const whole = () => lines.lineOf(at)
  if (!isObject(request)) return { bodyLine: whole, urlLine: whole() }
  const body = isObject(request.body) ? request.body : {}
  const mode = typeof body.mode === 'string' ? body.mode : ''
  const fields = Array.isArray(body[mode]) ? (body[mode] as unknown[]) : []
  const bodyLine = (field?: string) => {
    if (mode === 'raw') return lines.lineOf([...at, 'body', 'raw']) ?? whole()
    const i = fields.findIndex((p) => isObject(p) && (p.key === field || p.key === 'data'))
    return (i >= 0 ? lines.lineOf([...at, 'body', mode, i, 'value']) : undefined) ?? whole()
  }
  return { bodyLine, urlLine: lines.lineOf([...at, 'url']) ?? whole() }
}
