// The JSON syntax tree of the code base (jsonc-parser, strict mode). JSON.parse gives values but no
// positions; secret masks and the pretty printer need the offset of every key and value in the text as
// written, so they read this tree instead. Where only boundaries are needed (a capture's entries, a
// request body's top-level members), skip.ts finds them without building anything.
import { type Node, type ParseError, parseTree } from 'jsonc-parser'

export type JsonNode = Node

/** The syntax tree of a JSON text (a leading BOM allowed), or undefined when it is not strict JSON. */
// A BOM becomes a space so every offset still points into the original text.
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text)

const STRICT = { disallowComments: true, allowTrailingComma: false }

export function jsonTree(text: string): JsonNode | undefined {
  const errors: ParseError[] = []
  const source = withoutBom(text)
  const root = parseTree(source, errors, STRICT)
  return root && errors.length === 0 ? root : undefined
}

/** The [key, value] nodes of an object node's members, in order. */
export function members(node: JsonNode): [JsonNode, JsonNode][] {
  const out: [JsonNode, JsonNode][] = []
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? []
    if (key && value) out.push([key, value])
  }
  return out
}
