import type { SgNode } from '@ast-grep/napi'
import { ARGUMENT_LISTS } from './kinds.ts'

/**
 * The argument list of a call and its index among the call's children. Kotlin and Swift wrap it:
 * `call_suffix > value_arguments` (a trailing lambda sits in the suffix too).
 */
export function argumentList(call: SgNode): { list: SgNode; at: number } | undefined {
  const kids = call.namedChildren()
  const at = kids.findIndex((k) => ARGUMENT_LISTS.has(k.kind().toString()) || k.kind() === 'call_suffix')
  const found = kids[at]
  if (!found) return undefined
  if (found.kind() !== 'call_suffix') return { list: found, at }
  const list = found.namedChildren().find((k) => k.kind() === 'value_arguments')
  return list ? { list, at } : undefined
}

/** The callee text of a call: everything before its argument list. */
export function calleeText(call: SgNode): string {
  const kids = call.namedChildren()
  const at = argumentList(call)?.at
  // Stryker disable next-line ConditionalExpression: kids[undefined] is undefined too
  const args = at === undefined ? undefined : kids[at]
  return args ? call.text().slice(0, args.range().start.index - call.range().start.index) : ''
}
