import type { SgNode } from '@ast-grep/napi'
import { MAYBE_REF, type MfaKind, onOtherHost, refKinds } from '../evidence.ts'
import { work } from '../work.ts'
import { argumentList, calleeText } from './calls.ts'
import { declaredName } from './declarations.ts'
import { CONCATENATIONS, Folder, foldsCall, UNKNOWN } from './fold.ts'
import type { Grammar } from './grammar.ts'
import { CALLS, DECLARATIONS, FUNCTIONS, INTERPOLATIONS } from './kinds.ts'

/** An endpoint reference found by folding: where it is written, what it names, the constant it defines. */
export interface Address {
  node: SgNode
  kinds: MfaKind[]
  /** The name it is declared under (`CHALLENGE = MFA + '/challenge'`), when it is a declaration's value. */
  name?: string
  /** The function a local constant is declared in: its name means it only there. */
  scope?: { start: number; end: number }
}

const EXPLICIT_HOST = /^https?:\/\/([^/?#\s]+)/i
/** Qualified names a constant is read through: `self::MFA`, `MfaRoutes.Mfa`, `Bill::MFA_PATH`. */
const QUALIFIED = new Set([
  'class_constant_access_expression',
  'member_access_expression',
  'member_expression',
  'field_access',
  'attribute',
  'selector_expression',
  'scope_resolution',
  'scoped_identifier',
  'qualified_name',
])
/** A base path (`/v3/mfa`), not an endpoint: the suffix added to it decides. */
const MFA_BASE = /\/mfa\/?$/i

/**
 * A URL or a path (`'/v3/mfa/setup'`, `${BASE}/v3/mfa/challenge`), not a sentence that mentions one: no
 * space before the path. A URL on another API's own host (`https://auth.acme.io/v3/mfa/challenge`) is a
 * request that is not BILL's: `other`, so what it sends is not reported.
 */
export function addressKinds(text: string): MfaKind[] {
  // Any URL on another API's own host, MFA path or not: a call that names it is not sent to BILL.
  const host = EXPLICIT_HOST.exec(text)?.[1]
  // Stryker disable next-line StringLiteral: the unknown parts come after the host, and any stand-in gives the same host
  const url = text.replaceAll(UNKNOWN, 'x')
  if (host && !host.includes(UNKNOWN) && onOtherHost(url)) return ['other']
  const at = text.search(MAYBE_REF)
  if (at < 0 || /\s/.test(text.slice(0, at))) return []
  const kinds = refKinds(text)
  if (MFA_BASE.test(text)) return []
  return kinds
}

/** Whether a string expression grows from `top` into its parent `up`. */
function grows(up: SgNode, top: SgNode, strings: ReadonlySet<string>): SgNode | undefined {
  const kind = up.kind().toString()
  if (
    CONCATENATIONS.has(kind) ||
    INTERPOLATIONS.has(kind) ||
    strings.has(kind) ||
    // Stryker disable next-line OptionalChaining,UnaryOperator: a qualified name has two named children, so the last is also the second
    (QUALIFIED.has(kind) && up.namedChildren().at(-1)?.id() === top.id())
  )
    return up
  // Kotlin and Swift wrap an argument twice more: `value_argument > value_arguments > call_suffix > call`.
  const call = kind === 'value_argument' ? up.parent()?.parent()?.parent() : up.parent()
  // An argument of a join or format call, or the receiver of `"{}/setup".format(x)`.
  if (!CALLS.has(kind) && call && foldingCall(call)) return call
  return undefined
}

/**
 * Where a piece of a string expression stops growing: the whole concatenation, template or format call.
 * Walks share their paths (`a + b + c`): each node is climbed once.
 */
function outermost(node: SgNode, strings: ReadonlySet<string>, tops: Map<number, SgNode>): SgNode {
  // Stryker disable next-line ArrayDeclaration: an id no node has is mapped too, and never asked
  const path: number[] = []
  let top = node
  for (let up = top.parent(); up; up = top.parent()) {
    work.steps++
    const known = tops.get(top.id())
    if (known) {
      top = known
      break
    }
    path.push(top.id())
    const next = grows(up, top, strings)
    if (!next) break
    top = next
  }
  for (const id of path) tops.set(id, top)
  return top
}

/** A call the folder folds, and only such a call: a string grown into any other would fold to nothing. */
function foldingCall(node: SgNode | null): boolean {
  if (!node || !CALLS.has(node.kind().toString())) return false
  return foldsCall(calleeText(node), argumentList(node)?.list.namedChildren()[0]?.text())
}

/**
 * Every string expression of the file that folds to a BILL endpoint (or to another API's URL), and the
 * constants that hold one. Each string and each use of a constant is walked up once to the expression
 * it is part of; each expression is folded once.
 */
export function foldedAddresses(
  root: SgNode,
  grammar: Pick<Grammar, 'strings' | 'declarations'>,
  imported?: ReadonlyMap<string, string>,
): Address[] {
  const { strings } = grammar
  const stringSet = new Set(strings)
  const folder = new Folder(root, grammar, imported)
  const pieces = [
    // Stryker disable next-line StringLiteral: a pre-filter; a string with no slash folds to no address
    ...root.findAll({ rule: { any: strings.map((kind) => ({ kind })), regex: '(?i)/|MFAChallenge' } }),
    ...folder.referencesIn(root),
  ]
  const seen = new Set<number>()
  const tops = new Map<number, SgNode>()
  const out: Address[] = []
  for (const piece of pieces) {
    const top = outermost(piece, stringSet, tops)
    if (seen.has(top.id())) continue
    seen.add(top.id())
    const kinds = addressKinds(folder.value(top))
    if (kinds.length === 0) continue
    const decl = top.parent()
    const declared = decl && DECLARATIONS.has(decl.kind().toString()) ? declaredName(decl) : undefined
    const name =
      declared && declared.id() !== top.id() ? /([A-Za-z_]\w*)$/.exec(declared.text())?.[1] : undefined
    const fn = name ? top.ancestors().find((a) => FUNCTIONS.has(a.kind().toString())) : undefined
    const scope = fn ? { start: fn.range().start.index, end: fn.range().end.index } : undefined
    out.push({ node: top, kinds, ...(name ? { name } : {}), ...(scope ? { scope } : {}) })
  }
  return out
}
