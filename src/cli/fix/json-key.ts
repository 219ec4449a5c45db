import { applyEdits, type Edit, parseTree } from 'jsonc-parser'

// Renames a top-level key of a JSON request body, keeping its value and the rest of the text byte for byte.
// Left alone when the body already has the new name: two values for one field is for a person to settle.

export function renameJsonKey(text: string, from: string, to: string): { text: string; renamed: boolean } {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false })
  if (root?.type !== 'object') return { text, renamed: false }
  const keys = (root.children ?? []).flatMap((prop) => (prop.children?.[0] ? [prop.children[0]] : []))
  if (keys.some((k) => k.value === to)) return { text, renamed: false }
  const edits: Edit[] = keys
    .filter((k) => k.value === from)
    .map((k) => ({ offset: k.offset, length: k.length, content: JSON.stringify(to) }))
  return { text: applyEdits(text, edits), renamed: edits.length > 0 }
}
