import { applyEdits, type Edit, type Node, parseTree } from 'jsonc-parser'

// Rewrites a deprecated literal in JSON text to the one value BILL accepts, keeping its type and quoting
// (`true` -> `false`, `"TRUE"` -> `"false"`). Only literals: a {{variable}} or anything else decided at
// run time is left alone.

export interface LiteralChange {
  field: string
  from: string
  to: string
  /** Offset of the value in the text it was found in. */
  offset: number
}

function isBad(node: Node, bad: boolean): boolean {
  if (node.type === 'boolean') return node.value === bad
  return (
    node.type === 'string' &&
    typeof node.value === 'string' &&
    node.value.trim().toLowerCase() === String(bad)
  )
}

function properties(root: Node, topLevelOnly: boolean): Node[] {
  const out: Node[] = []
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.type === 'property') out.push(node)
    if (topLevelOnly && node !== root) continue
    for (const child of node.children ?? []) stack.push(child)
  }
  return out
}

/**
 * Fixes `field` in JSON text: at the top level of a request body, or at any depth in a data file when
 * `where` says which offsets are allowed (the lines findings were reported on).
 */
export function fixJsonLiteral(
  text: string,
  field: string,
  bad: boolean,
  where?: (offset: number) => boolean,
): { text: string; changes: LiteralChange[] } {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false })
  if (!root) return { text, changes: [] }
  const edits: Edit[] = []
  const changes: LiteralChange[] = []
  for (const prop of properties(root, where === undefined)) {
    const [key, value] = prop.children ?? []
    if (!key || !value || key.value !== field || !isBad(value, bad)) continue
    if (where && !where(value.offset)) continue
    const from = text.slice(value.offset, value.offset + value.length)
    const to = value.type === 'boolean' ? String(!bad) : JSON.stringify(String(!bad))
    edits.push({ offset: value.offset, length: value.length, content: to })
    changes.push({ field, from, to, offset: value.offset })
  }
  return { text: applyEdits(text, edits), changes }
}
