// Skips over JSON values without building them: where a value, a string or the spaces before a token
// end. JSON.parse gives values but no positions, and jsonc-parser's scanner reports every token through
// callbacks; locating the entries of a 50 MB capture, or the top-level members of a request body, needs
// only boundaries, and this is several times faster. It checks structure (brackets, commas, colons, keys,
// numbers, literals) as JSON.parse does, and jumps over string contents without checking their escapes:
// callers either parse what they keep, or run it on text JSON.parse accepted.
//
// It reads code units: a file's UTF-8 bytes (no 50 MB string is built) or a string's UTF-16 units. JSON's
// structure is ASCII, and in both encodings a unit equal to '"' or '\' is that character and nothing else.
// Plain loops, no recursion: it runs once per token of large files.

/** UTF-8 bytes or UTF-16 code units of a JSON text. */
export type CodeUnits = Uint8Array | Uint16Array

export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const COMMA = 0x2c
export const COLON = 0x3a
export const OPEN_OBJECT = 0x7b
export const CLOSE_OBJECT = 0x7d
export const OPEN_ARRAY = 0x5b
export const CLOSE_ARRAY = 0x5d

/** A string's UTF-16 code units. */
export function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i)
  return units
}

/** Where the spaces JSON allows (space, tab, CR, LF) starting at `at` end. */
export function spaceEnd(t: CodeUnits, at: number): number {
  let i = at
  let c = t[i]
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = t[++i]
  return i
}

/** The end of the JSON string whose opening quote is at `at`, or -1. */
export function endOfString(t: CodeUnits, at: number): number {
  let from = at + 1
  for (;;) {
    const q = t.indexOf(QUOTE, from)
    if (q < 0) return -1
    let slashes = 0
    while (t[q - 1 - slashes] === BACKSLASH) slashes++
    from = q + 1
    if (slashes % 2 === 0) return from
  }
}

/** Whether the units at `at` spell `word` (ASCII). */
export function unitsAre(t: CodeUnits, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (t[at + k] !== word.charCodeAt(k)) return false
  return true
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39

function digitsEnd(t: CodeUnits, at: number): number {
  let i = at
  while (isDigit(t[i])) i++
  return i
}

/** The end of the number (-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?) or literal at `at`, or -1. */
function numberOrLiteralEnd(t: CodeUnits, at: number): number {
  const first = t[at]
  if (first === 0x74) return unitsAre(t, at, 'true') ? at + 4 : -1
  if (first === 0x66) return unitsAre(t, at, 'false') ? at + 5 : -1
  if (first === 0x6e) return unitsAre(t, at, 'null') ? at + 4 : -1
  let i = at
  if (t[i] === 0x2d) i++
  if (t[i] === 0x30) i++
  else if (isDigit(t[i])) i = digitsEnd(t, i)
  else return -1
  if (t[i] === 0x2e) {
    if (!isDigit(t[i + 1])) return -1
    i = digitsEnd(t, i + 1)
  }
  if (t[i] === 0x65 || t[i] === 0x45) {
    i++
    if (t[i] === 0x2b || t[i] === 0x2d) i++
    if (!isDigit(t[i])) return -1
    i = digitsEnd(t, i)
  }
  return i
}

/** After the "{" or "," of an object: skips `"key":` and returns where the value starts, or -1. */
function afterKey(t: CodeUnits, at: number): number {
  const i = spaceEnd(t, at)
  if (t[i] !== QUOTE) return -1
  const end = endOfString(t, i)
  if (end < 0) return -1
  const colon = spaceEnd(t, end)
  return t[colon] === COLON ? colon + 1 : -1
}

const IN_OBJECT = 1
const IN_ARRAY = 2
/** Open containers of the value being skipped, up to a depth kept by skipValue (one value at a time). */
const open: number[] = []

/** The end of the JSON value starting at `from` (after spaces), or -1 when it is not JSON. */
export function skipValue(t: CodeUnits, from: number): number {
  let depth = 0
  let i = from
  for (;;) {
    // A value.
    i = spaceEnd(t, i)
    const c = t[i]
    if (c === QUOTE) {
      i = endOfString(t, i)
      if (i < 0) return -1
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const j = spaceEnd(t, i + 1)
      // "}" and "]" are two code points after "{" and "[".
      if (t[j] === c + 2) i = j + 1
      else {
        open[depth++] = c === OPEN_OBJECT ? IN_OBJECT : IN_ARRAY
        i = c === OPEN_OBJECT ? afterKey(t, i + 1) : i + 1
        if (i < 0) return -1
        continue
      }
    } else {
      i = numberOrLiteralEnd(t, i)
      if (i < 0) return -1
    }
    // What follows a value: closing brackets, then a comma before the next value, or the end.
    for (;;) {
      if (depth === 0) return i
      const top = open[depth - 1]
      i = spaceEnd(t, i)
      const d = t[i]
      if (d === COMMA) {
        i = top === IN_OBJECT ? afterKey(t, i + 1) : i + 1
        if (i < 0) return -1
        break
      }
      if (d !== (top === IN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) return -1
      depth--
      i++
    }
  }
}
