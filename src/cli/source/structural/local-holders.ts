import type { SgNode } from '@ast-grep/napi'
import type { MfaKind } from '../evidence.ts'
import { work } from '../work.ts'
import { calleeText } from './calls.ts'
import { declaredName } from './declarations.ts'
import type { EndpointIndex } from './endpoints.ts'
import type { NodeUse } from './fields.ts'
import { CALLS, FUNCTIONS } from './kinds.ts'

/** Declarations of a local variable: `const body = {...}`, `body = {...}`, `body := map...{}`. */
const LOCAL_DECLARATIONS = new Set([
  'variable_declarator',
  'assignment',
  'assignment_expression',
  'short_var_declaration',
  'var_spec',
  // Kotlin and Swift `val`/`let`, Rust `let`.
  'property_declaration',
  'let_declaration',
])

/** Calls that fill a body rather than send it: `body.put("primary", false)`, `form.append(...)`. */
const MUTATOR = String.raw`(?:put|putIfAbsent|set|add|append|addProperty|update|setdefault|merge|store|insert|[sw]et[A-Z]\w*|with[A-Z]\w*|Add|Set|Append|Put)`
const RECEIVER_CALL = new RegExp(String.raw`^\$?([A-Za-z_]\w*)\s*(?:\.|->|\?\.)\s*${MUTATOR}\s*$`)
/** Calls that only serialise or wrap what they are given (Kotlin `mapOf`): the body is still the variable's. */
const SERIALISE = /(?:stringify|dumps|Marshal|json_encode|to_json|encode|serialize|[mM]apOf)\s*$/
const BARE = /^\$?([A-Za-z_]\w*)$/
/** `body["primary"] = x`, `req.useBackup = x`: the variable an index or member assignment fills. */
const FILLED = /^\$?([A-Za-z_]\w*)\s*(?:\[|\.|->)/
/** After a name: it is filled or (re)declared there, not sent. */
const NOT_A_SEND = new RegExp(
  String.raw`^\s*(?:(?:\.|->|\?\.)\s*${MUTATOR}\s*\(|\[[^\]\n]*\]\s*=(?!=)|(?:\.|->)\s*\w+\s*=(?!=)|:?=(?!=))`,
)
const MAX_LOCALS = 200

interface Local {
  name: string
  fn: SgNode
  /** Where the variable is declared or filled with this use: names inside it are not sends. */
  own: SgNode
}

/**
 * The local variable a use is written into, when the body is built in a variable of a function and
 * sent later: its declaration (`setup = {...}`), an index or member assignment (`body["primary"] = x`)
 * or a filling call (`contact.put("primary", false)`). A call that is not a filling one sends the use
 * itself: no local then.
 */
function localOf(anchor: SgNode): Local | undefined {
  let below = anchor
  for (let node = anchor.parent(); node; below = node, node = node.parent()) {
    work.steps++
    const kind = node.kind().toString()
    if (FUNCTIONS.has(kind)) return undefined
    if (CALLS.has(kind)) {
      const called = calleeText(node)
      if (SERIALISE.test(called)) continue
      const name = RECEIVER_CALL.exec(called)?.[1]
      // Stryker disable next-line ConditionalExpression: a local named undefined is never a reference's text
      if (!name) return undefined
      return withFunction(name, node)
    }
    if (!LOCAL_DECLARATIONS.has(kind)) continue
    const left = declaredName(node)
    // Stryker disable next-line ConditionalExpression: every declaration kind has a named child
    if (!left) return undefined
    // Stryker disable next-line EqualityOperator: an operator always sits between a name and its value
    const inLeft = left.range().end.index > below.range().start.index
    const name = (inLeft ? FILLED : BARE).exec(left.text())?.[1]
    return name ? withFunction(name, node) : undefined
  }
  return undefined
}

function withFunction(name: string, own: SgNode): Local | undefined {
  const fn = own.ancestors().find((a) => FUNCTIONS.has(a.kind().toString()))
  return fn ? { name, fn, own } : undefined
}

const inside = (node: SgNode, outer: SgNode) => {
  const at = node.range().start.index
  const range = outer.range()
  return at >= range.start.index && at < range.end.index
}

/**
 * Bodies built in a local variable go where the calls that send that variable go (one request, one
 * endpoint), not where the function's other calls go: `account = {primary: false}` sent to
 * /v3/vendors/…/bank-account is not the /v3/mfa/setup call two lines below. Uses whose variable is sent
 * to a resolved endpoint get its kinds; the others are left to the usual search. One search per function.
 */
export function resolveLocals(uses: readonly NodeUse[], endpoints: EndpointIndex, text: string): void {
  const byFunction = new Map<number, { fn: SgNode; locals: { use: NodeUse; local: Local }[] }>()
  let count = 0
  for (const use of uses) {
    const local = count < MAX_LOCALS ? localOf(use.anchor) : undefined
    if (!local) continue
    count++
    const entry = byFunction.get(local.fn.id()) ?? { fn: local.fn, locals: [] }
    entry.locals.push({ use, local })
    byFunction.set(local.fn.id(), entry)
  }
  for (const { fn, locals } of byFunction.values()) {
    const names = [...new Set(locals.map((l) => l.local.name))]
    // Stryker disable next-line StringLiteral: an empty regex finds every node, each then compared by name
    const regex = `^\\$?(?:${names.join('|')})$`
    const refs = fn
      .findAll({ rule: { regex } })
      .filter(
        (r) => r.isNamedLeaf() && !NOT_A_SEND.test(text.slice(r.range().end.index, r.range().end.index + 80)),
      )
    for (const { use, local } of locals) {
      const sent = new Set<MfaKind>()
      let resolved = false
      for (const ref of refs) {
        // Stryker disable next-line Regex: a reference holds one `$`, at its start
        if (ref.text().replace(/^\$/, '') !== local.name || inside(ref, local.own)) continue
        const found = endpoints.resolve(ref)
        if (typeof found !== 'object') continue
        resolved = true
        for (const k of found) sent.add(k)
      }
      if (resolved) use.use.kinds = sent
    }
  }
}
