import type { SgNode } from '@ast-grep/napi'

// Where a declaration keeps its name and value. Most grammars name them (`name`, `value` fields) or put
// the name first and the value last; Kotlin and Swift write modifiers and `val`/`let` first, Rust `mut`.

/** What may precede a declared name: modifiers, `val`/`var`/`let`, `mut`, attributes. */
const PREFIXES = new Set([
  'modifiers',
  'binding_pattern_kind',
  'value_binding_pattern',
  'mutable_specifier',
  'visibility_modifier',
  'attribute_item',
])
/** Nodes that hold the declared name as their first child: Kotlin `variable_declaration`, Swift `pattern`. */
export const NAME_HOLDERS = new Set(['variable_declaration', 'pattern'])
/**
 * Type annotations and accessors: `val x: Boolean`, `let x: bool;`, C# `bool UseBackup { get; init; }`,
 * Python `primary: bool` (a `type` node) declare no value.
 */
const TYPES =
  /^(?:type|accessor_list|type_annotation|user_type|nullable_type|primitive_type|reference_type|generic_type|type_identifier|array_type|dictionary_type|optional_type|function_type|tuple_type)$/

/** Whether a node only names a type: the last child of a declaration without a value. */
export const isType = (node: SgNode) => TYPES.test(node.kind().toString())

const field = (node: SgNode, name: string) => node.field(name as never) as SgNode | null

/** The named children after the modifiers and comments (one between `val` and the name): name first, value last. */
const parts = (decl: SgNode) =>
  decl.namedChildren().filter((k) => {
    const kind = k.kind().toString()
    return !PREFIXES.has(kind) && !kind.endsWith('comment')
  })

/** The node that holds a declaration's name (`BASE` in `const val BASE = ...`, `body` in `let mut body`). */
export function declaredName(decl: SgNode): SgNode | undefined {
  // Stryker disable next-line StringLiteral: only Rust's let has a `pattern`, and it is the first of its parts
  const own = field(decl, 'name') ?? field(decl, 'pattern') ?? parts(decl)[0]
  if (own && NAME_HOLDERS.has(own.kind().toString())) return own.namedChildren()[0] ?? own
  return own ?? undefined
}

/** The value a declaration gives, or undefined when it only declares a type. */
export function declaredValue(decl: SgNode): SgNode | undefined {
  const own = field(decl, 'value')
  if (own) return own
  const rest = parts(decl)
  const last = rest.length >= 2 ? rest.at(-1) : undefined
  return last && !isType(last) ? last : undefined
}

/** The name of a function or type: its `name` field, or Kotlin's first identifier. */
export function ownName(node: SgNode): SgNode | undefined {
  return (
    field(node, 'name') ??
    node.namedChildren().find((k) => k.kind() === 'simple_identifier' || k.kind() === 'type_identifier')
  )
}
