import {
  bodyShape,
  isSecretValue,
  type KnownSecrets,
  type SecretSpan,
  secretSpans,
  valueSpans,
} from '../../shared/redact/index.ts'
import type { Finding, FindingLocation, ParsedBody } from '../../shared/rules/index.ts'
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

const marksOf = (spans: readonly SecretSpan[]): TextMark[] =>
  spans.map((s) => ({ range: [s.start, s.end], kind: 'secret' }))

const secretMarks = (text: string, known: KnownSecrets) => marksOf(secretSpans(text, known))

/**
 * A body (or the v2 `data`) whatever its shape: JSON pretty-printed with the findings that point into it
 * (`where`) highlighted; XML, multipart, forms and free text as they are. Secrets are marked by the same
 * redaction the exports use (by name and by the capture's known values).
 */
export function textView(
  source: string,
  findings: readonly Finding[],
  where: 'body' | 'data',
  known: KnownSecrets,
): MarkedView {
  const pretty = prettyJson(source)
  const place = (range: readonly [number, number]) => (pretty ? mapRange(pretty, range) : range)
  return {
    text: pretty?.text ?? source,
    marks: [
      ...highlights(findings, where).map((range) => ({ range: place(range), kind: 'highlight' as const })),
      ...secretMarks(source, known).map((m) => ({ ...m, range: place(m.range) })),
    ],
  }
}

/** The URL with flagged query parameters highlighted and secrets (query, fragment, path, known) marked. */
export function urlView(url: string, findings: readonly Finding[], known: KnownSecrets): MarkedView {
  return {
    text: url,
    marks: [
      ...highlights(findings, 'url').map((range) => ({ range, kind: 'highlight' as const })),
      ...secretMarks(url, known),
    ],
  }
}

/** A value under a name (a header, a form field): masked whole when the name is secret, else inside. */
export function valueView(name: string, value: string, known: KnownSecrets): MarkedView {
  return {
    text: value,
    marks: isSecretValue(name, value)
      ? [{ range: [0, value.length], kind: 'secret' }]
      : marksOf(valueSpans(value, known)),
  }
}

/** A form field as shown: its name (known secrets masked in it too), its value, and whether it is v2 `data`. */
interface FieldView {
  name: MarkedView
  value: MarkedView
  data: boolean
}

/** A request body laid out for the panel: form fields one by one, or the whole text. */
export type BodyLayout = { kind: 'fields'; fields: FieldView[] } | { kind: 'text'; view: MarkedView }

/**
 * Fields only when the text really is a form (its shape read by the redaction, not the content type: XML or
 * multipart sent as a form would otherwise be split at `=` and shown in pieces the masks do not cover).
 */
export function bodyLayout(body: ParsedBody, findings: readonly Finding[], known: KnownSecrets): BodyLayout {
  if (body.kind !== 'form' || bodyShape(body.text).kind !== 'form')
    return { kind: 'text', view: textView(body.text, findings, 'body', known) }
  return {
    kind: 'fields',
    fields: body.value.map((field) => {
      const data = field.name === 'data' && body.dataText === field.value
      return {
        name: {
          text: field.name,
          marks: marksOf(known.spans(field.name)),
        },
        value: data
          ? textView(field.value, findings, 'data', known)
          : valueView(field.name, field.value, known),
        data,
      }
    }),
  }
}
