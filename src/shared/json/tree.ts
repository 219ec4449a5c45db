// The JSON syntax tree of the code base (jsonc-parser, strict mode). JSON.parse gives values but no
// positions; the pretty printer needs the offset of every key and value in the text as written, so it reads
// this tree instead (secret masks read redact/json-scan.ts, cheaper for the thousands of bodies of an export). Where only boundaries are needed (a capture's entries, a
// request body's top-level members), skip.ts finds them without building anything.
import { type Node, type ParseError, parseTree } from 'jsonc-parser'
import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from './skip.ts'

export type JsonNode = Node

// A BOM becomes a space so every offset still points into the original text.
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text)

const STRICT = { disallowComments: true, allowTrailingComma: false }

/**
 * Texts nested deeper than this get no tree: jsonc-parser, and every walk of its tree, recurses once per
 * level, and a body 10,000 deep overflows the stack (of a worker reading a whole HAR file, too). Real
 * bodies nest a few dozen levels.
 */
export const MAX_JSON_DEPTH = 256

/** Whether a JSON text's brackets nest deeper than MAX_JSON_DEPTH (strings skipped): one pass, no recursion. */
export function nestsTooDeep(text: string): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === BACKSLASH) i++
        else if (d === QUOTE) break
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > MAX_JSON_DEPTH) return true
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--
  }
  return false
}

/**
 * The syntax tree of a JSON text (a leading BOM allowed), or undefined when it is not strict JSON or nests
 * too deep.
 */
export function jsonTree(text: string): JsonNode | undefined {
  if (nestsTooDeep(text)) return undefined
  const errors: ParseError[] = []
  const source = withoutBom(text)
  const root = parseTree(source, errors, STRICT)
  return root && errors.length === 0 ? root : undefined
}
