// Reading loosely typed request fields (JSON bodies and v2 `data`).
export type Fields = Record<string, unknown>

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A non-empty string field; numbers are accepted too (a code sent as 123456). */
export function text(fields: Fields, name: string): string | undefined {
  const v = fields[name]
  if (typeof v === 'number') return String(v)
  return typeof v === 'string' && v !== '' ? v : undefined
}
