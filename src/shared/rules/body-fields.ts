import { type JsonMember, topLevelMembers } from './json-members.ts'
import { type ParsedBody, tryJson } from './parse-body.ts'

/** The top-level fields of a body's JSON object: the v3 body itself, or the v2 `data` field. */
export interface BodyFields {
  in: 'body' | 'data'
  /** The text the member ranges point into. */
  text: string
  members: JsonMember[]
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The members are scanned the first time a rule asks for them: most bodies hold no field a rule looks for. */
class LazyFields implements BodyFields {
  readonly in: BodyFields['in']
  readonly text: string
  private scanned: JsonMember[] | undefined

  constructor(where: BodyFields['in'], text: string) {
    this.in = where
    this.text = text
  }

  get members(): JsonMember[] {
    this.scanned ??= topLevelMembers(this.text)
    return this.scanned
  }
}

export function bodyFields(body: ParsedBody): BodyFields | undefined {
  // The kind tests only narrow the type: no other kind holds an object `value` or a `dataJson`.
  // Stryker disable next-line ConditionalExpression: see above
  if (body.kind === 'json' && isObject(body.value)) return new LazyFields('body', body.text)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: see above (`dataJson` implies `dataText`)
  if (body.kind === 'form' && body.dataText !== undefined && isObject(body.dataJson))
    return new LazyFields('data', body.dataText)
  return undefined
}

export interface FieldOccurrence {
  value: unknown
  location: { in: 'body' | 'data'; pointer: string; range: [number, number] }
}

/** The JSON pointer of a top-level key. */
export const pointerOf = (key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`

/**
 * Every top-level occurrence of a field, matched case-sensitively as BILL does. Duplicate keys are all
 * returned: servers disagree on which one wins, so each is checked.
 */
export function fieldOccurrences(fields: BodyFields | undefined, name: string): FieldOccurrence[] {
  // A key equal to the name is written as it is, or with \u escapes. A shortcut: the members give the same.
  // Stryker disable next-line ConditionalExpression,StringLiteral: the shortcut above
  if (!fields || (!fields.text.includes(name) && !fields.text.includes('\\u'))) return []
  const out: FieldOccurrence[] = []
  for (const m of fields.members) {
    if (m.key !== name) continue
    const parsed = tryJson(fields.text.slice(m.valueRange[0], m.valueRange[1]))
    if (!parsed.ok) continue
    out.push({ value: parsed.value, location: { in: fields.in, pointer: pointerOf(name), range: m.range } })
  }
  return out
}
