import type { SgNode } from '@ast-grep/napi'
import { Folder, UNKNOWN } from '../../../../../src/cli/source/structural/fold.ts'
import { snippet } from './snippet.ts'

// The fold tests' helpers: an expression's folded value, `?` where a part is unknown.
export const shown = (value: string) => value.replaceAll(UNKNOWN, '?')

/** The innermost node whose text is `text` (an argument's expression, not the argument around it). */
function innermost(root: SgNode, text: string): SgNode {
  let found: SgNode | undefined
  const walk = (n: SgNode) => {
    if (n.text() === text) found = n
    for (const k of n.children()) walk(k)
  }
  walk(root)
  if (!found) throw new Error(`no node ${text}`)
  return found
}

export function folded(language: string, source: string, expression: string): string {
  const { root, grammar } = snippet(language, source)
  return shown(new Folder(root, grammar).value(innermost(root, expression)))
}
