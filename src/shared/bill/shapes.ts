// Checking that a parsed BILL answer has the fields we read (a wrong shape is "malformed-response").
export type Shape<T> = (value: unknown) => T | undefined

type FieldKind = 'string' | 'boolean' | 'string?' | 'boolean?'
type FieldType<K extends FieldKind> = K extends 'string'
  ? string
  : K extends 'boolean'
    ? boolean
    : K extends 'string?'
      ? string | undefined
      : boolean | undefined

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An object with these fields; other fields are dropped. */
export function record<S extends Record<string, FieldKind>>(
  spec: S,
): Shape<{ [K in keyof S]: FieldType<S[K]> }> {
  return (value) => {
    if (!isRecord(value)) return undefined
    const out: Record<string, unknown> = {}
    for (const [name, kind] of Object.entries(spec)) {
      const v = value[name]
      const type = kind.replace('?', '')
      if (v === undefined || v === null) {
        if (!kind.endsWith('?')) return undefined
      } else if (typeof v !== type) return undefined
      else out[name] = v
    }
    return out as { [K in keyof S]: FieldType<S[K]> }
  }
}

/** Any object: for answers we only pass on (e.g. a created payment). */
export const anyRecord: Shape<Record<string, unknown>> = (value) => (isRecord(value) ? value : undefined)
