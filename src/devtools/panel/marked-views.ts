import { formDecode } from '../../shared/har/form-value.ts'
import { isSecretValue, jsonSecretRanges } from '../../shared/redact/index.ts'
import type { Finding, FindingLocation } from '../../shared/rules/index.ts'
import { isCredentialName, queryParams } from '../../shared/rules/query-params.ts'
import { mapRange, prettyJson } from './pretty-json.ts'
import type { TextMark } from './text-marks.ts'

/** A text to show with its flagged and secret ranges. */
export interface MarkedView {
  text: string
  marks: TextMark[]
}

type Where = FindingLocation['in']

const highlights = (findings: readonly Finding[], where: Where) =>
  findings.flatMap((f) => (f.location?.in === where ? [f.location.range] : []))

/**
 * A JSON text pretty-printed, with the findings that point into it (`where`: the v3 body or the v2
 * `data`) highlighted and its secrets marked; other text is shown as it is.
 */
export function jsonView(source: string, findings: readonly Finding[], where: 'body' | 'data'): MarkedView {
  const pretty = prettyJson(source)
  const place = (range: readonly [number, number]) => (pretty ? mapRange(pretty, range) : range)
  return {
    text: pretty?.text ?? source,
    marks: [
      ...highlights(findings, where).map((range) => ({ range: place(range), kind: 'highlight' as const })),
      ...jsonSecretRanges(source).map((range) => ({ range: place(range), kind: 'secret' as const })),
    ],
  }
}

/** The URL with flagged query parameters highlighted and secret query values marked. */
export function urlView(url: string, findings: readonly Finding[]): MarkedView {
  const secrets = queryParams(url).flatMap((p): TextMark[] => {
    const part = url.slice(p.range[0], p.range[1])
    const eq = part.indexOf('=')
    if (eq < 0) return []
    const value = formDecode(part.slice(eq + 1))
    if (!isCredentialName(p.name) && !isSecretValue(p.name, value)) return []
    return [{ range: [p.range[0] + eq + 1, p.range[1]], kind: 'secret' }]
  })
  return {
    text: url,
    marks: [
      ...highlights(findings, 'url').map((range) => ({ range, kind: 'highlight' as const })),
      ...secrets,
    ],
  }
}

/** A plain value (a header, a form field) shown whole, masked when secret. */
export function valueView(name: string, value: string): MarkedView {
  return {
    text: value,
    marks: isSecretValue(name, value) ? [{ range: [0, value.length], kind: 'secret' }] : [],
  }
}
