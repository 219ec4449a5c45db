import type { SgNode } from '@ast-grep/napi'
import type { MfaKind } from '../evidence.ts'
import type { EndpointIndex } from './endpoints.ts'
import type { NodeUse } from './fields.ts'
import { DECLARATIONS, FUNCTIONS } from './kinds.ts'

const MAX_NAMES = 200
const IDENTIFIER = /^\$?([A-Za-z_][\w]*)$/

/**
 * The top-level statement a node is in and the name it declares (`SETUP_BODY = {...}`), when the node is
 * at module level (in no function, where the enclosing function decides instead).
 */
function declaredAtTop(node: SgNode): { name: string; statement: SgNode } | undefined {
  const chain = [node, ...node.ancestors()]
  const statement = chain.at(-2)
  if (!statement || chain.some((n) => FUNCTIONS.has(n.kind().toString()))) return undefined
  // The outermost declaration: `BODY = {"primary": False}` declares BODY, not primary.
  for (const n of chain.slice(0, -1).reverse()) {
    if (!DECLARATIONS.has(n.kind().toString())) continue
    const name = IDENTIFIER.exec(n.namedChildren()[0]?.text() ?? '')?.[1]
    return name ? { name, statement } : undefined
  }
  return undefined
}

/**
 * Bodies built at module level and sent elsewhere (`SETUP_BODY = {...}` ... `post(SETUP, SETUP_BODY)`):
 * they go where the places that use their name go. One search for all the names: linear in the file.
 */
export function resolveModuleValues(root: SgNode, unresolved: NodeUse[], endpoints: EndpointIndex): void {
  const byName = new Map<string, { uses: NodeUse[]; statement: SgNode }>()
  for (const u of unresolved) {
    const top = declaredAtTop(u.anchor)
    if (!top || (!byName.has(top.name) && byName.size >= MAX_NAMES)) continue
    const entry = byName.get(top.name) ?? { uses: [], statement: top.statement }
    entry.uses.push(u)
    byName.set(top.name, entry)
  }
  if (byName.size === 0) return
  const kinds = new Map<string, Set<MfaKind>>()
  const pattern = `^\\$?(?:${[...byName.keys()].join('|')})$`
  for (const ref of root.findAll({ rule: { regex: pattern } })) {
    if (!ref.isNamedLeaf()) continue
    const name = ref.text().replace(/^\$/, '')
    const own = byName.get(name)?.statement.range()
    const at = ref.range().start.index
    if (!own || (at >= own.start.index && at < own.end.index)) continue
    const found = endpoints.resolve(ref)
    const set = kinds.get(name) ?? new Set<MfaKind>()
    for (const k of found ?? []) set.add(k)
    kinds.set(name, set)
  }
  for (const [name, { uses }] of byName) {
    // Declared and never sent to an MFA endpoint: not a request body of ours.
    const found = kinds.get(name) ?? new Set<MfaKind>()
    for (const u of uses) u.use.kinds = found
  }
}
