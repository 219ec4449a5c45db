import type { SgNode } from '@ast-grep/napi'
import { hasBillEvidence } from '../evidence.ts'
import type { Grammar } from './grammar.ts'
import { COMMENTS } from './kinds.ts'

const COMMENT_KINDS = new Set<string>(COMMENTS)

/**
 * Whether the code itself, not only its comments, ties the file to BILL. A comment that says "talks to
 * BILL" sends nothing: a flag in such a file, sent to no endpoint named anywhere, is someone else's.
 * Comments are blanked in one pass (linear in the file).
 */
export function billInCode(root: SgNode, grammar: Pick<Grammar, 'references'>, text: string): boolean {
  const comments = grammar.references.filter((kind) => COMMENT_KINDS.has(kind)).map((kind) => ({ kind }))
  // Stryker disable next-line ConditionalExpression: a shortcut, `any: []` matches nothing and leaves the text whole
  if (comments.length === 0) return hasBillEvidence(text)
  // Stryker disable next-line StringLiteral: every evidence pattern may start after any non-word character
  let code = ''
  let from = 0
  for (const node of root.findAll({ rule: { any: comments } })) {
    const { start, end } = node.range()
    // Stryker disable next-line ConditionalExpression: comments neither nest nor come out of order in these grammars
    if (start.index < from) continue
    code += `${text.slice(from, start.index)} `
    from = end.index
  }
  return hasBillEvidence(code + text.slice(from))
}
