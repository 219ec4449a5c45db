import type { SgNode } from '@ast-grep/napi'
import { MAYBE_REF, type MfaKind, refKinds } from '../evidence.ts'
import { work } from '../work.ts'
import { foldedAddresses } from './addresses.ts'
import { calleeText } from './calls.ts'
import { declaredName, ownName } from './declarations.ts'
import type { Grammar } from './grammar.ts'
import { CALLS, CLASSES, COMMENTS, DECLARATIONS, FUNCTIONS } from './kinds.ts'

const MAX_CONSTANTS = 200
const CONTINUE = Symbol('continue')

/** The endpoints a use goes to, or where the search for them stopped. */
export type Resolution = ReadonlySet<MfaKind> | 'function' | 'module'

const IDENTIFIER = /([A-Za-z_][\w]*)["'`]?:?\s*$/

const COMMENT_KINDS = new Set(COMMENTS)

const lastIdentifier = (text: string) => IDENTIFIER.exec(text)?.[1]

export function functionName(fn: SgNode): string | undefined {
  const own = ownName(fn)
  if (own) return lastIdentifier(own.text())
  // An arrow function or lambda takes the name of what it is assigned to.
  const decl = fn.parent()
  const name = decl && DECLARATIONS.has(decl.kind().toString()) ? declaredName(decl) : undefined
  return name ? lastIdentifier(name.text()) : undefined
}

/** The name of the function a call calls: the last identifier before its argument list. */
function calleeName(call: SgNode): string | undefined {
  const callee = calleeText(call)
  return callee ? lastIdentifier(callee) : undefined
}

const kindsOf = (set: Set<MfaKind> | undefined, add: readonly MfaKind[]) => {
  const out = set ?? new Set<MfaKind>()
  for (const k of add) out.add(k)
  return out
}

/**
 * Where code sends things: MFA endpoint references (strings, comments, constants that hold them), and
 * functions whose body names an endpoint. Built once per file; each question costs O(depth · log n).
 */
export class EndpointIndex {
  private readonly starts = new Map<MfaKind, number[]>()
  private readonly functions = new Map<string, Set<MfaKind>>()
  private readonly answers = new Map<number, Resolution>()

  constructor(
    root: SgNode,
    grammar: Pick<Grammar, 'references' | 'functions' | 'strings' | 'declarations'>,
    imported?: ReadonlyMap<string, string>,
  ) {
    const refs: [SgNode, MfaKind[]][] = []
    // Comments name the endpoint a function calls; strings are folded into the addresses they build.
    // (A grammar without comment kinds gives `any: []`, which matches nothing.)
    const comments = grammar.references.filter((kind) => COMMENT_KINDS.has(kind)).map((kind) => ({ kind }))
    // Stryker disable next-line StringLiteral: a pre-filter; refKinds finds nothing in the comments it leaves out
    for (const node of root.findAll({ rule: { any: comments, regex: `(?i)${MAYBE_REF.source}` } }))
      refs.push([node, refKinds(node.text())])
    const constants = new Map<string, { kinds: Set<MfaKind>; scope?: { start: number; end: number } }>()
    for (const address of foldedAddresses(root, grammar, imported)) {
      refs.push([address.node, address.kinds])
      const { name, scope } = address
      if (!name || constants.size >= MAX_CONSTANTS) continue
      const entry = constants.get(name) ?? { kinds: new Set<MfaKind>(), ...(scope ? { scope } : {}) }
      for (const k of address.kinds) entry.kinds.add(k)
      constants.set(name, entry)
    }
    if (constants.size > 0) {
      const names = [...constants.keys()].join('|')
      // Stryker disable next-line StringLiteral: a pre-filter; the lookup below keeps only the constants' names
      for (const node of root.findAll({ rule: { regex: `^\\$?(?:${names})$` } })) {
        // Stryker disable next-line Regex: the pattern above puts a `$` only first
        const found = constants.get(node.text().replace(/^\$/, ''))
        const at = node.range().start.index
        if (!node.isNamedLeaf() || !found) continue
        if (found.scope && (at < found.scope.start || at >= found.scope.end)) continue
        refs.push([node, [...found.kinds]])
      }
    }
    for (const [node, found] of refs) {
      const at = node.range().start.index
      for (const k of found) {
        const list = this.starts.get(k)
        if (list) list.push(at)
        else this.starts.set(k, [at])
      }
    }
    for (const list of this.starts.values()) list.sort((a, b) => a - b)
    if (this.starts.size === 0) return
    // Functions whose body names an endpoint, for call sites: one range query per function.
    for (const fn of root.findAll({ rule: { any: grammar.functions.map((kind) => ({ kind })) } })) {
      work.steps++
      const range = fn.range()
      const found = this.within(range.start.index, range.end.index)
      const name = found.size > 0 ? functionName(fn) : undefined
      if (name) this.functions.set(name, kindsOf(this.functions.get(name), [...found]))
    }
  }

  /** True when the file names an MFA endpoint at all. */
  any(): boolean {
    return this.starts.size > 0
  }

  /** The kinds referenced in [start, end). */
  private within(start: number, end: number): Set<MfaKind> {
    const out = new Set<MfaKind>()
    for (const [kind, list] of this.starts) {
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((list[mid] ?? 0) < start) lo = mid + 1
        else hi = mid
      }
      // Past the last reference, `list[lo]` is undefined: `end < end` is false.
      if ((list[lo] ?? end) < end) out.add(kind)
    }
    return out
  }

  /**
   * Where a field use goes: the nearest enclosing call to a function known to send to an endpoint, or
   * the nearest enclosing node (the call, the statement, the function) naming one. Otherwise `function`
   * (the enclosing function names nothing) or `module` (no function encloses it, nothing named around).
   */
  resolve(anchor: SgNode): Resolution {
    if (this.starts.size === 0) return 'module'
    // Uses in the same function share their ancestors: each node is answered once (linear overall).
    // Stryker disable next-line ArrayDeclaration: an id no node has is answered too, and never asked
    const path: number[] = []
    let answer: Resolution = 'module'
    for (let node = anchor.parent(); node; ) {
      work.steps++
      const id = node.id()
      const known = this.answers.get(id)
      if (known) {
        answer = known
        break
      }
      path.push(id)
      const parent = node.parent()
      const step: Resolution | typeof CONTINUE = parent ? this.answerAt(node) : 'module'
      if (step !== CONTINUE) {
        answer = step
        break
      }
      node = parent
    }
    for (const id of path) this.answers.set(id, answer)
    return answer
  }

  /** What one enclosing node says: kinds, `function` (one naming nothing), or CONTINUE upwards. */
  private answerAt(node: SgNode): Resolution | typeof CONTINUE {
    const kind = node.kind().toString()
    if (CALLS.has(kind)) {
      const callee = calleeName(node)
      const sends = callee ? this.functions.get(callee) : undefined
      if (sends) return sends
    }
    const range = node.range()
    const found = this.within(range.start.index, range.end.index)
    if (found.size > 0) return found
    // A type naming no endpoint: its fields go where its instances go (module-values.ts), never where the
    // calls of a type around it go (a Java DTO nested in its client class).
    if (CLASSES.has(kind)) return 'module'
    return FUNCTIONS.has(kind) ? 'function' : CONTINUE
  }
}
