import {
  COLON,
  COMMA,
  codeUnits,
  endOfString,
  OPEN_OBJECT,
  QUOTE,
  skipValue,
  spaceEnd,
} from '../json/skip.ts'
import { tryJson } from './parse-body.ts'

// Finds where the top-level members of a JSON object sit in its text, so findings can point at them.
// JSON.parse gives values but no positions. Callers run it on text JSON.parse accepted (every request
// body with a field a rule looks for), so the skipping scanner (src/shared/json/skip.ts) is enough, and
// far cheaper than a token stream. It stays total (no throw, always terminates) on anything: members are
// collected up to the first syntax error.

export interface JsonMember {
  /** The decoded key (escapes resolved), as a server reads it. */
  key: string
  /** [start, end) of the whole member, from the key's opening quote to the end of the value. */
  range: [number, number]
  /** [start, end) of the raw value text. */
  valueRange: [number, number]
}

/** A key's JSON string (quotes included) decoded, or undefined when its escapes are not JSON's. */
function decodeKey(quoted: string): string | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut, JSON.parse gives the same key
  if (!quoted.includes('\\')) return quoted.slice(1, -1)
  const parsed = tryJson(quoted)
  // Stryker disable next-line ConditionalExpression: a failed parse has no value, so undefined either way
  return parsed.ok ? (parsed.value as string) : undefined
}

/** The members of the object at the top of `text` (a leading BOM allowed), in order, duplicates included. */
export function topLevelMembers(text: string): JsonMember[] {
  const members: JsonMember[] = []
  const t = codeUnits(text)
  let i = spaceEnd(t, t[0] === 0xfeff ? 1 : 0)
  if (t[i] !== OPEN_OBJECT) return members
  // An empty object ends at the first test below: its "}" is not a key's quote.
  i = spaceEnd(t, i + 1)
  for (;;) {
    if (t[i] !== QUOTE) return members
    const start = i
    const keyEnd = endOfString(t, i)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: never 0 (after the "{"); at -1 the colon test below fails too (t[-1] is undefined)
    if (keyEnd < 0) return members
    const key = decodeKey(text.slice(start, keyEnd))
    i = spaceEnd(t, keyEnd)
    if (key === undefined || t[i] !== COLON) return members
    const valueStart = spaceEnd(t, i + 1)
    const valueEnd = skipValue(t, valueStart)
    // Stryker disable next-line EqualityOperator: a value never ends at 0 (after a key)
    if (valueEnd < 0) return members
    members.push({ key, range: [start, valueEnd], valueRange: [valueStart, valueEnd] })
    i = spaceEnd(t, valueEnd)
    if (t[i] !== COMMA) return members
    i = spaceEnd(t, i + 1)
  }
}
