// Finds where the top-level members of a JSON object sit in its text, so findings can point at them.
// JSON.parse gives values but no positions; this single linear pass gives positions. Callers run it on
// text JSON.parse accepted, but it stays total (no throw, always terminates) on anything.

export interface JsonMember {
  /** The decoded key (escapes resolved), as a server reads it. */
  key: string
  /** [start, end) of the whole member, from the key's opening quote to the end of the value. */
  range: [number, number]
  /** [start, end) of the raw value text. */
  valueRange: [number, number]
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

/** Index just past the string starting at i (which must be a quote). */
function skipString(text: string, i: number): number {
  i++
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x5c) i += 2
    else if (c === 0x22) return i + 1
    else i++
  }
  return text.length
}

/** Index just past the value starting at i: a string, a nested object/array, or a bare literal. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === 0x22) return skipString(text, i)
  if (c === 0x7b || c === 0x5b) {
    let depth = 0
    while (i < text.length) {
      const d = text.charCodeAt(i)
      if (d === 0x22) {
        i = skipString(text, i)
        continue
      }
      if (d === 0x7b || d === 0x5b) depth++
      else if (d === 0x7d || d === 0x5d) {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    return text.length
  }
  while (i < text.length) {
    const d = text.charCodeAt(i)
    if (d === 0x2c || d === 0x7d || d === 0x5d || isSpace(d)) break
    i++
  }
  return i
}

function decodeKey(raw: string): string {
  try {
    const key: unknown = JSON.parse(raw)
    return typeof key === 'string' ? key : raw
  } catch {
    return raw.slice(1, -1)
  }
}

/** The members of the object at the top of `text`, in order, duplicates included. */
export function topLevelMembers(text: string): JsonMember[] {
  const members: JsonMember[] = []
  let i = skipSpace(text, 0)
  if (text.charCodeAt(i) !== 0x7b) return members
  i = skipSpace(text, i + 1)
  while (i < text.length && text.charCodeAt(i) === 0x22) {
    const keyStart = i
    const keyEnd = skipString(text, i)
    i = skipSpace(text, keyEnd)
    if (text.charCodeAt(i) !== 0x3a) break
    const valueStart = skipSpace(text, i + 1)
    const valueEnd = skipValue(text, valueStart)
    if (valueEnd <= valueStart) break
    members.push({
      key: decodeKey(text.slice(keyStart, keyEnd)),
      range: [keyStart, valueEnd],
      valueRange: [valueStart, valueEnd],
    })
    i = skipSpace(text, valueEnd)
    if (text.charCodeAt(i) !== 0x2c) break
    i = skipSpace(text, i + 1)
  }
  return members
}
