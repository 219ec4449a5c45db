import { MFA_FIELDS } from './evidence.ts'
import type { FieldUse } from './judge.ts'
import { assignment, interpolated, literal } from './patterns.ts'

const LITERALS = MFA_FIELDS.flatMap((field) =>
  [true, false].map((value) => ({ field, pattern: assignment(field, value) })),
)
const RUNTIME = MFA_FIELDS.map((field) => ({ field, pattern: interpolated(field) }))

/**
 * The MFA fields written in a piece of text (a line, or the content of a string that holds JSON or form
 * data), at `offset` in the file. With `runtime`, interpolated values are reported too.
 */
export function textFields(
  text: string,
  offset: number,
  runtime: boolean,
  analysis: FieldUse['analysis'],
): FieldUse[] {
  const uses: FieldUse[] = []
  const taken = new Set<number>()
  for (const { field, pattern } of LITERALS) {
    for (const m of text.matchAll(pattern)) {
      const raw = m.groups?.value ?? ''
      const name = m.groups?.name ?? field
      const start = offset + m.index + m[0].indexOf(name)
      const valueStart = offset + m.index + m[0].length - raw.length
      // The boolean word itself, without quotes, is what a fix rewrites.
      const word = /true|false/i.exec(raw)
      const wordStart = valueStart + (word?.index ?? 0)
      taken.add(start)
      uses.push({
        field,
        start,
        end: valueStart + raw.length,
        value: {
          literal: true,
          written: literal(raw),
          start: wordStart,
          end: wordStart + (word?.[0].length ?? 0),
        },
        analysis,
      })
    }
  }
  if (!runtime) return uses
  for (const { field, pattern } of RUNTIME) {
    for (const m of text.matchAll(pattern)) {
      const name = m.groups?.name ?? field
      const start = offset + m.index + m[0].indexOf(name)
      if (taken.has(start)) continue
      uses.push({ field, start, end: offset + m.index + m[0].length, value: { literal: false }, analysis })
    }
  }
  return uses
}
