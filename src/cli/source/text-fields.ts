import { MFA_FIELDS } from './evidence.ts'
import type { FieldUse } from './judge.ts'
import { assignment, interpolated, literal } from './patterns.ts'

const LITERALS = MFA_FIELDS.flatMap((field) =>
  [true, false].map((value) => ({ field, pattern: assignment(field, value) })),
)
/** What may precede a body member's name: an opener or separator, then quotes, escapes and spaces. */
const BODY_MEMBER = /(?:^|[{,&?(\n]|%7[bB]|%2[cC]|%26|^[\w$]*=)(?:\s|\\?["'`]|%22)*$/

/** What may follow a body member's value: a separator, a closer, the end of the string. */
const MEMBER_END = /^(?:\s|\\?["'`]|%22)*(?:$|[,}&\]);]|%2[cC]|%7[dD]|%26)/

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
  bodyOnly = false,
): FieldUse[] {
  // In a string, the field must open a member of a body (after `{`, `,`, `&`, `?`, `(`, a line start or
  // the string's start), not sit in a sentence: "with \"primary\": false adds a phone" is a message.
  const opensMember = (at: number) => !bodyOnly || BODY_MEMBER.test(text.slice(Math.max(0, at - 12), at))
  const endsMember = (end: number) => !bodyOnly || MEMBER_END.test(text.slice(end, end + 8))
  const uses: FieldUse[] = []
  const taken = new Set<number>()
  for (const { field, pattern } of LITERALS) {
    for (const m of text.matchAll(pattern)) {
      // Stryker disable next-line OptionalChaining,StringLiteral: the pattern's groups always exist
      const raw = m.groups?.value ?? ''
      // Stryker disable next-line OptionalChaining: the pattern's groups always exist
      const name = m.groups?.name ?? field
      const at = m.index + m[0].indexOf(name)
      if (!opensMember(at) || !endsMember(m.index + m[0].length)) continue
      const start = offset + at
      const valueStart = offset + m.index + m[0].length - raw.length
      // The boolean word itself, without quotes, is what a fix rewrites.
      const word = /true|false/i.exec(raw)
      // Stryker disable next-line OptionalChaining: a literal value always holds its boolean word
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
          // Stryker disable next-line OptionalChaining: a literal value always holds its boolean word
          end: wordStart + (word?.[0].length ?? 0),
        },
        analysis,
      })
    }
  }
  if (!runtime) return uses
  for (const { field, pattern } of RUNTIME) {
    for (const m of text.matchAll(pattern)) {
      // Stryker disable next-line OptionalChaining: the pattern's groups always exist
      const name = m.groups?.name ?? field
      const at = m.index + m[0].indexOf(name)
      const start = offset + at
      if (taken.has(start) || !opensMember(at)) continue
      uses.push({ field, start, end: offset + m.index + m[0].length, value: { literal: false }, analysis })
    }
  }
  return uses
}
