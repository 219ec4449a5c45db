import type { SgNode } from '@ast-grep/napi'
import type { MfaKind } from '../evidence.ts'
import { declaredName, ownName } from './declarations.ts'
import { type EndpointIndex, functionName } from './endpoints.ts'
import type { NodeUse } from './fields.ts'
import { CLASSES, DECLARATIONS, FUNCTIONS } from './kinds.ts'

const MAX_NAMES = 200
const IDENTIFIER = /^\$?([A-Za-z_][\w]*)$/

interface Holder {
  name: string
  /** The declaration or function itself: uses of the name inside it do not count. */
  own: SgNode
  /** A module-level value used nowhere is not a body of ours; a function never called may be public API. */
  module: boolean
}

/**
 * What holds a use: the innermost named function it is built in (`def challenge_body(x): return {...}`),
 * or at module level the name the top-level statement declares (`SETUP_BODY = {...}`).
 */
function holderOf(node: SgNode): Holder | undefined {
  const chain = [node, ...node.ancestors()]
  const fn = chain.find((n) => FUNCTIONS.has(n.kind().toString()) || CLASSES.has(n.kind().toString()))
  if (fn && CLASSES.has(fn.kind().toString())) {
    // A field of a type: it goes where its instances (`new ChallengeBody()`, `SetupBody(phone=p)`) go.
    const name = ownName(fn)?.text()
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a holder named undefined holds nothing
    return name && IDENTIFIER.test(name) ? { name, own: fn, module: false } : undefined
  }
  if (fn) {
    const name = functionName(fn)
    return name ? { name, own: fn, module: false } : undefined
  }
  const statement = chain.at(-2)
  // The outermost declaration: `BODY = {"primary": False}` declares BODY, not primary.
  for (const n of chain.reverse()) {
    if (!DECLARATIONS.has(n.kind().toString())) continue
    // Stryker disable next-line OptionalChaining,StringLiteral: every declaration kind has a named child
    const name = IDENTIFIER.exec(declaredName(n)?.text() ?? '')?.[1]
    return name && statement ? { name, own: statement, module: true } : undefined
  }
  return undefined
}

/**
 * Bodies built in one place and sent from another (`SETUP_BODY = {...}` then `post(SETUP, SETUP_BODY)`,
 * `body: challengeBody(x)`): they go where the places that use the name go. One search for all the
 * names: linear in the file.
 */
export function resolveHolders(
  root: SgNode,
  unresolved: NodeUse[],
  endpoints: EndpointIndex,
  /** Where other modules of the tree send module-level names of this file (imports/), asked once. */
  sentElsewhere?: (names: readonly string[]) => ReadonlyMap<string, ReadonlySet<MfaKind>>,
): void {
  const byName = new Map<string, { uses: NodeUse[]; holder: Holder }>()
  for (const u of unresolved) {
    const holder = holderOf(u.anchor)
    if (!holder || (!byName.has(holder.name) && byName.size >= MAX_NAMES)) continue
    const entry = byName.get(holder.name) ?? { uses: [], holder }
    entry.uses.push(u)
    byName.set(holder.name, entry)
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; the empty name matches no named leaf
  if (byName.size === 0) return
  const kinds = new Map<string, Set<MfaKind>>()
  // Stryker disable next-line StringLiteral: an empty regex finds every node, each then looked up by name
  const pattern = `^\\$?(?:${[...byName.keys()].join('|')})$`
  for (const ref of root.findAll({ rule: { regex: pattern } })) {
    // Stryker disable next-line ConditionalExpression: a statement that is only the name resolves as the name
    if (!ref.isNamedLeaf()) continue
    // Stryker disable next-line Regex: a reference holds one `$`, at its start
    const name = ref.text().replace(/^\$/, '')
    // Stryker disable next-line OptionalChaining: the pattern matches only names of byName
    const own = byName.get(name)?.holder.own.range()
    const at = ref.range().start.index
    // A name at the very start or end of its holder begins or ends a module-level statement: no endpoint.
    // Stryker disable next-line EqualityOperator: as above
    if (!own || (at >= own.start.index && at < own.end.index)) continue
    const found = endpoints.resolve(ref)
    const set = kinds.get(name) ?? new Set<MfaKind>()
    if (typeof found === 'object') for (const k of found) set.add(k)
    kinds.set(name, set)
  }
  const modular = [...byName].flatMap(([name, { holder }]) => (holder.module ? [name] : []))
  const sent = modular.length > 0 ? sentElsewhere?.(modular) : undefined
  for (const [name, { uses, holder }] of byName) {
    const elsewhere = sent?.get(name)
    const found = elsewhere ? new Set([...(kinds.get(name) ?? []), ...elsewhere]) : kinds.get(name)
    if (found || holder.module) for (const u of uses) u.use.kinds = found ?? new Set()
  }
}
