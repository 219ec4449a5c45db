// One spelling for text that went through percent, form, JSON (\uXXXX, \", double escaping) and XML
// encoding, with where each character came from, so a known secret can be found by plain search in any of
// its spellings and masked in the original text. Lossy but consistent: the secret's spellings are
// reduced the same way.

export interface CanonicalText {
  text: string
  /** map[i]: where canonical character i starts in the source (length + 1 entries); absent when equal. */
  map?: Int32Array
}

const ESCAPES = /[%\\+&]/
const HEX2 = /^[0-9a-fA-F]{2}$/
const HEX4 = /^[0-9a-fA-F]{4}$/
const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes a run of %XX bytes starting at i: [text, end] or undefined. */
function percentRun(text: string, i: number): [string, number] | undefined {
  const bytes: number[] = []
  let j = i
  while (text[j] === '%' && HEX2.test(text.slice(j + 1, j + 3))) {
    bytes.push(Number.parseInt(text.slice(j + 1, j + 3), 16))
    j += 3
  }
  if (bytes.length === 0) return undefined
  try {
    return [utf8.decode(new Uint8Array(bytes)), j]
  } catch {
    return [String.fromCharCode(...bytes), j]
  }
}

function backslashRun(text: string, i: number): [string, number] {
  let j = i
  while (text[j] === '\\') j++
  const next = text[j]
  if (next === 'u' && HEX4.test(text.slice(j + 1, j + 5)))
    return [String.fromCharCode(Number.parseInt(text.slice(j + 1, j + 5), 16)), j + 5]
  if (next === '"' || next === '/') return [next, j + 1]
  return ['\\', j]
}

function entity(text: string, i: number): [string, number] | undefined {
  const m = /^&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/i.exec(text.slice(i, i + 12))
  if (!m) return undefined
  const ref = m[1] as string
  const end = i + m[0].length
  if (ref[0] !== '#') {
    const named = XML_NAMED[ref.toLowerCase()]
    return named === undefined ? undefined : [named, end]
  }
  const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
  return code <= 0x10ffff ? [String.fromCodePoint(code), end] : undefined
}

const ESCAPE_AT = /[%\\+&]/g

export function canonicalText(text: string): CanonicalText {
  // Stryker disable next-line ConditionalExpression: a shortcut: without escapes the map is the identity, as no map says
  if (!ESCAPES.test(text)) return { text }
  // Decoding never lengthens a text: the map has room for every canonical character.
  const map = new Int32Array(text.length + 1)
  let out = ''
  let length = 0
  let i = 0
  ESCAPE_AT.lastIndex = 0
  for (let m = ESCAPE_AT.exec(text); m; m = ESCAPE_AT.exec(text)) {
    // The run before the escape character is copied as it is.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at m.index === i the run is empty: nothing copied
    if (m.index > i) {
      out += text.slice(i, m.index)
      for (let k = i; k < m.index; k++) map[length++] = k
      i = m.index
    }
    const c = text[i] as string
    const decoded =
      c === '%'
        ? percentRun(text, i)
        : c === '\\'
          ? backslashRun(text, i)
          : c === '&'
            ? entity(text, i)
            : ([' ', i + 1] as [string, number])
    const [piece, end] = decoded ?? [c, i + 1]
    for (let k = 0; k < piece.length; k++) map[length++] = i
    out += piece
    i = end
    ESCAPE_AT.lastIndex = end
  }
  out += text.slice(i)
  // Stryker disable next-line EqualityOperator: one more entry holds text.length, which the line below writes anyway
  for (let k = i; k < text.length; k++) map[length++] = k
  map[length] = text.length
  return { text: out, map: map.subarray(0, length + 1) }
}

/** Source [start, end) of canonical [start, end). */
export function sourceRange(canonical: CanonicalText, start: number, end: number): [number, number] {
  const { map } = canonical
  if (!map) return [start, end]
  // The last character's source ends where the next one's starts.
  // Stryker disable next-line ArithmeticOperator: the map ends with an entry for end === length, so the fallbacks are for the type
  return [map[start] ?? 0, map[end] ?? map[map.length - 1] ?? 0]
}
