import type { SgNode } from '@ast-grep/napi'
import { work } from '../work.ts'
import { argumentList, calleeText } from './calls.ts'
import { declaredName, declaredValue } from './declarations.ts'
import type { Grammar } from './grammar.ts'
import { CALLS, FUNCTIONS, INTERPOLATIONS, VALUE_WRAPPERS } from './kinds.ts'

/** Expressions whose value is their parts' joined: concatenations (`+`, `.`, Ruby's `binary`), `(x)`. */
export const CONCATENATIONS = new Set([...VALUE_WRAPPERS, 'binary', 'concatenated_string', 'argument'])

/** A part of a string whose value the analysis does not know (a parameter, an environment variable). */
export const UNKNOWN = '\u0000'

const MAX_DEPTH = 16
const MAX_LENGTH = 512
const MAX_CONSTANTS = 500
/** Parts of a string literal that are not its content. */
const DELIMITERS =
  /^(?:string_start|string_end|interpolation_start|interpolation_brace|heredoc_start|heredoc_end)$/
/** A name, possibly qualified: `MFA`, `self::MFA`, `MfaRoutes.Mfa`, `$this->base`, `Bill::MFA_PATH`. */
const REFERENCE = /^[\w$]+(?:\s*(?:\.|::|->|\?\.)\s*[\w$]+)*$/
const LAST_NAME = /([A-Za-z_]\w*)$/
/** Calls that join path segments with `/`, and calls that fill a format string. */
const JOIN = /(?:^|\.)(?:join|Join|urljoin|resolve|Combine|appendingPathComponent|joinpath)$/
/** Joins called on the base path itself: `base.appendingPathComponent("mfa")`, `base.joinpath("mfa")`. */
const INSTANCE_JOIN = /(?:appendingPathComponent|joinpath|resolve)$/
const FORMAT = /(?:^|\.)(?:format|Format|Sprintf|sprintf|formatted)$/
const PLACEHOLDER = /%[sdv@]|\{\d*\}|\{[A-Za-z_]\w*\}/g
/** Swift's format initialiser, `String(format: "%@/v3/mfa/setup", base)`: its first argument is labelled. */
const SWIFT_FORMAT = /^format\s*:/
/** A join's one argument that holds the parts: Python `"".join((base, "/v3"))` or `"/".join([a, b])`. */
const SEQUENCES = /^(?:tuple|list)$/
/** `callee` is trimmed. */
const swiftFormat = (callee: string, firstArgument: string) =>
  callee === 'String' && SWIFT_FORMAT.test(firstArgument)
/**
 * Whether a call (by its callee's text and its first argument's) is one the folder folds: a join or a
 * format, as a whole name or a member (`urljoin`, `parts.join`, `"".join`), never a name that merely ends so
 * (`rejoin`, `reformat`).
 */
// Stryker disable next-line StringLiteral: no first argument is no `format:` label, whatever the default
export function foldsCall(callee: string, firstArgument = ''): boolean {
  const name = callee.trim()
  return JOIN.test(name) || FORMAT.test(name) || swiftFormat(name, firstArgument)
}

// Only strings without named children come here (an empty string, C#'s @"...", bash's 'raw'): they open
// with their quote and hold no run of quotes inside.
// Stryker disable next-line Regex: the anchors and counts cannot differ on such strings
const unquote = (text: string) => text.replace(/^[a-zA-Z@$]*(["'`]{1,3})/, '').replace(/["'`]{1,3}$/, '')

/**
 * Folds string expressions the way a compiler folds constants: literals, template literals, f-strings and
 * interpolations, concatenation (`+`, PHP `.`), constants of the file (`self::MFA`, `MfaRoutes.Mfa`),
 * format calls (`fmt.Sprintf`, `"{}/setup".format`, `string.Format`) and path joins (`urljoin`,
 * `path.join`). What is not known becomes UNKNOWN, so `${base}/v3/mfa/setup` still ends in BILL's path.
 * Each node and each constant is folded once: linear in the file.
 */
export class Folder {
  private readonly constants = new Map<string, SgNode>()
  private readonly memo = new Map<number, string>()
  private readonly strings: ReadonlySet<string>

  /** `imported`: string constants of other modules of the tree this file imports (imports/), by name. */
  constructor(
    root: SgNode,
    grammar: Pick<Grammar, 'strings' | 'declarations'>,
    private readonly imported: ReadonlyMap<string, string> = new Map(),
  ) {
    this.strings = new Set(grammar.strings)
    const declarations = grammar.declarations.map((kind) => ({ kind }))
    // Constants declared outside functions (module, class): a local `url` of one function is not another's.
    for (const decl of root.findAll({ rule: { any: declarations } })) {
      if (this.constants.size >= MAX_CONSTANTS) break
      work.steps++
      // Every declaration kind has a named child, and LAST_NAME finds no name in '' or in a stand-in.
      // Stryker disable next-line OptionalChaining,StringLiteral: as above
      const name = LAST_NAME.exec(declaredName(decl)?.text() ?? '')?.[1]
      const value = declaredValue(decl)
      if (!name || !value || this.constants.has(name)) continue
      if (decl.ancestors().some((a) => FUNCTIONS.has(a.kind().toString()))) continue
      this.constants.set(name, value)
    }
  }

  /** Uses of the constants that hold a path (`MFA` in `MFA + '/setup'`): where folding starts. */
  referencesIn(root: SgNode): SgNode[] {
    const names = [...this.constants].flatMap(([name, value]) =>
      // Stryker disable next-line ArrayDeclaration: a name the regex is given that no node is named
      this.value(value).includes('/') ? [name] : [],
    )
    for (const [name, value] of this.imported)
      if (value.includes('/') && !this.constants.has(name)) names.push(name)
    // Stryker disable next-line ConditionalExpression: a shortcut; the empty name matches no named leaf
    if (names.length === 0) return []
    return root.findAll({ rule: { regex: `^\\$?(?:${names.join('|')})$` } }).filter((n) => n.isNamedLeaf())
  }

  /** The value of an expression, UNKNOWN where a part is not known. */
  value(node: SgNode, depth = 0): string {
    const id = node.id()
    const known = this.memo.get(id)
    if (known !== undefined) return known
    work.steps++
    this.memo.set(id, UNKNOWN) // a constant defined through itself stays unknown
    const folded = depth > MAX_DEPTH ? UNKNOWN : this.fold(node, depth + 1).slice(0, MAX_LENGTH)
    this.memo.set(id, folded)
    return folded
  }

  private fold(node: SgNode, depth: number): string {
    const kind = node.kind().toString()
    const kids = node.namedChildren()
    if (this.strings.has(kind)) return this.stringValue(node, depth)
    if (INTERPOLATIONS.has(kind)) {
      const inner = kids.find((k) => !DELIMITERS.test(k.kind().toString()))
      // Stryker disable next-line StringLiteral: PHP's `$u` as a reference or its name `u`: the same constant
      return inner && kind !== 'variable_name' ? this.value(inner, depth) : this.reference(node.text(), depth)
    }
    if (CALLS.has(kind)) return this.call(node, depth)
    if (CONCATENATIONS.has(kind)) {
      const operators = this.operators(node, kids)
      // Stryker disable next-line MethodExpression: no node here holds a join and another operator at once
      if (operators.every((op) => op === '+' || op === '.' || op === ''))
        return kids.map((k) => this.value(k, depth)).join('')
      return UNKNOWN
    }
    return this.reference(node.text(), depth)
  }

  /** The text between named children: `+` or `.` for a concatenation, nothing for "a" "b". */
  private operators(node: SgNode, kids: readonly SgNode[]): string[] {
    const start = node.range().start.index
    const text = node.text()
    return kids.slice(1).map((k, i) => {
      // Stryker disable next-line OptionalChaining: kids[i] is the child before k, always there
      const from = (kids[i]?.range().end.index ?? start) - start
      return text.slice(from, k.range().start.index - start).trim()
    })
  }

  private stringValue(node: SgNode, depth: number): string {
    const kids = node.namedChildren()
    if (kids.length === 0) return unquote(node.text())
    return kids
      .map((k) => {
        const kind = k.kind().toString()
        if (DELIMITERS.test(kind)) return ''
        return INTERPOLATIONS.has(kind) ? this.value(k, depth) : k.text()
      })
      .join('')
  }

  private reference(text: string, depth: number): string {
    if (!REFERENCE.test(text)) return UNKNOWN
    const name = LAST_NAME.exec(text)?.[1]
    const value = name ? this.constants.get(name) : undefined
    if (value) return this.value(value, depth)
    return (name && this.imported.get(name)) ?? UNKNOWN
  }

  /** The string constants declared outside functions whose value is at least partly known. */
  knownConstants(): Map<string, string> {
    const out = new Map<string, string>()
    for (const [name, node] of this.constants) {
      const value = this.value(node)
      if (value.replaceAll(UNKNOWN, '') !== '') out.set(name, value)
    }
    return out
  }

  private call(node: SgNode, depth: number): string {
    const kids = node.namedChildren()
    const found = argumentList(node)
    if (!found) return UNKNOWN
    const { list, at } = found
    const callee = calleeText(node).trim()
    const given = list.namedChildren()
    const only =
      given.length === 1 && given[0] && SEQUENCES.test(given[0].kind().toString()) ? given[0] : undefined
    const args = (only?.namedChildren() ?? given).map((a) => this.value(argumentValue(a), depth))
    if (JOIN.test(callee)) {
      const base = INSTANCE_JOIN.test(callee) ? receiverOf(kids, at) : undefined
      const parts = base ? [this.value(base, depth), ...args] : args
      // Python's `sep.join(parts)` puts its receiver between the parts; path joins put `/`.
      const sep = receiverOf(kids, at)
      const glue = only && sep && this.strings.has(sep.kind().toString()) ? this.value(sep, depth) : '/'
      return parts.join(glue).replace(/([^:/])\/{2,}/g, '$1/')
    }
    // Stryker disable next-line StringLiteral: no first argument is no `format:` label, whatever the default
    if (!FORMAT.test(callee) && !swiftFormat(callee, given[0]?.text() ?? '')) return UNKNOWN
    // `"{}/setup".format(x)` formats its receiver; `fmt.Sprintf("%s/setup", x)` its first argument.
    const receiver = receiverOf(kids, at)
    const template =
      receiver && this.strings.has(receiver.kind().toString()) ? this.value(receiver, depth) : args.shift()
    let next = 0
    return (template ?? UNKNOWN).replace(PLACEHOLDER, (p) => {
      const index = /\{(\d+)/.exec(p)?.[1]
      return (index !== undefined ? args[Number(index)] : args[next++]) ?? UNKNOWN
    })
  }
}

/** The expression of a Kotlin or Swift argument (after its label); C#'s and PHP's `argument` is a wrapper. */
const argumentValue = (arg: SgNode) => {
  const inner = arg.namedChildren()
  const kind = arg.kind().toString()
  return kind === 'value_argument' ? (inner.at(-1) ?? arg) : arg
}

/** The object a method is called on: `x` in `x.format(...)` (Python, JS, Go) or Java's `x.m(...)`. */
function receiverOf(kids: readonly SgNode[], args: number): SgNode | undefined {
  if (args >= 2) return kids[0]
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a call's first child is its callee
  const callee = kids[0]?.namedChildren() ?? []
  // The callee comes first (args is 1 here), and a callee of one named child is only a parenthesised one.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: as above
  return args === 1 && callee.length >= 2 ? callee[0] : undefined
}
