import { createScanner } from 'jsonc-parser'
import { jsonTree } from '../../shared/json/tree.ts'

/** Pretty-printed JSON and where each character of the original text went, so ranges can follow. */
export interface PrettyText {
  text: string
  /**
   * map[i] = where the output for original offset i begins (length + 1 entries). A closing bracket's output
   * begins with its line break, so a range ending at it ends right after the value; dropped whitespace maps
   * to the next output.
   */
  map: Int32Array
}

const INDENT = '  '

// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read).
const Kind = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  EOF: 17,
} as const

interface Token {
  kind: number
  start: number
  end: number
}

/** The tokens of a JSON text, from the shared scanner (jsonc-parser's), whitespace left out. */
function tokens(source: string): Token[] {
  const scanner = createScanner(source, true)
  const out: Token[] = []
  for (let kind: number = scanner.scan(); kind !== Kind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset()
    out.push({ kind, start, end: start + scanner.getTokenLength() })
  }
  return out
}

const OPENERS = new Map<number, number>([
  [Kind.OpenBrace, Kind.CloseBrace],
  [Kind.OpenBracket, Kind.CloseBracket],
])

/**
 * Re-indents valid JSON without re-serializing it: every token is kept as written (string escapes, number
 * spellings, duplicate keys), so the engine's character ranges stay meaningful. Undefined for non-JSON.
 */
export function prettyJson(source: string): PrettyText | undefined {
  if (!jsonTree(source)) return undefined
  const map = new Int32Array(source.length + 1)
  const list = tokens(source)
  let out = ''
  let depth = 0
  let mapped = 0
  // Every original offset up to `to` not yet mapped (dropped whitespace) maps to the next output.
  const mapUpTo = (to: number) => {
    for (; mapped < to; mapped++) map[mapped] = out.length
  }
  list.forEach((token, i) => {
    const literal = !OPENERS.has(token.kind) && token.kind > Kind.Colon
    // Punctuation: its output (with the layout around it) begins here.
    mapUpTo(literal ? token.start : token.end)
    const closer = OPENERS.get(token.kind)
    if (closer !== undefined) {
      const text = source[token.start] as string
      out += list[i + 1]?.kind === closer ? text : `${text}\n${INDENT.repeat(++depth)}`
    } else if (token.kind === Kind.CloseBrace || token.kind === Kind.CloseBracket) {
      const previous = list[i - 1]?.kind
      const text = source[token.start] as string
      out += previous !== undefined && OPENERS.has(previous) ? text : `\n${INDENT.repeat(--depth)}${text}`
    } else if (token.kind === Kind.Comma) {
      out += `,\n${INDENT.repeat(depth)}`
    } else if (token.kind === Kind.Colon) {
      out += ': '
    } else {
      // Strings, numbers and literals: each character keeps its own place.
      for (let k = token.start; k < token.end; k++) map[k] = out.length + (k - token.start)
      out += source.slice(token.start, token.end)
      mapped = token.end
    }
  })
  mapUpTo(source.length)
  map[source.length] = out.length
  return { text: out, map }
}

/** A range of the original text in the pretty text. */
export function mapRange(pretty: PrettyText, [start, end]: readonly [number, number]): [number, number] {
  const last = pretty.map.length - 1
  return [pretty.map[Math.min(start, last)] ?? 0, pretty.map[Math.min(end, last)] ?? 0]
}
