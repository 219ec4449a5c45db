import type { SgNode } from '@ast-grep/napi'
import { fieldOfName, type MfaField } from '../evidence.ts'
import type { FieldUse } from '../judge.ts'
import { argumentList } from './calls.ts'
import { declaredName, declaredValue, isType, NAME_HOLDERS } from './declarations.ts'
import {
  ASSIGNMENTS,
  BINDINGS,
  CALLS,
  CLASSES,
  FUNCTIONS,
  INTERPOLATIONS,
  KEY_WRAPPERS,
  MEMBERS,
  SIBLING_LISTS,
  STRUCTURES,
} from './kinds.ts'

const TOKENS: Record<MfaField, { token: string; word: string }> = {
  useBackup: { token: '(?:set|with)UseBackup|[uU]se_?[bB]ackup', word: 'use_?backup' },
  primary: { token: '(?:set|with)Primary|[pP]rimary', word: 'primary' },
}

/** Tokens that may name one of the fields: an identifier, a symbol or a string holding just the name. */
export const nameToken = (fields: readonly MfaField[]) =>
  `^[:$]?["'\`]?(?:${fields.map((f) => TOKENS[f].token).join('|')})["'\`]?:?$`

/** Text that mentions one of the fields (strings worth reading as JSON or form data). */
export const fieldWords = (fields: readonly MfaField[]) =>
  `(?i)${fields.map((f) => TOKENS[f].word).join('|')}`

/** A field use and the node whose ancestors say where it goes. */
export interface NodeUse {
  use: FieldUse
  anchor: SgNode
  /** Not BILL's spelling (use_backup, a parameter's name): it counts only where an endpoint is resolved. */
  loose?: boolean
}

const bare = (text: string) => text.replace(/^[:$]?["'`]?/, '').replace(/["'`]?:?$/, '')

const lastNamed = (node: SgNode) => node.namedChildren().at(-1)
const sameNode = (a: SgNode | undefined, b: SgNode) =>
  a !== undefined &&
  a.range().start.index === b.range().start.index &&
  a.kind().toString() === b.kind().toString()

function unwrap(node: SgNode): SgNode {
  let n = node
  while (KEY_WRAPPERS.has(n.kind().toString()) || n.kind().toString() === 'parenthesized_expression') {
    const kids = n.namedChildren()
    if (kids.length !== 1 || !kids[0]) break
    n = kids[0]
  }
  return n
}

/**
 * A typed member's default (`useBackup = true` in a class, a TS parameter property `public primary = false`,
 * a Kotlin data class `val primary: Boolean = false`, a Swift struct's `var primary = false`).
 */
function memberDefault(parent: SgNode, key: SgNode): SgNode | undefined {
  const kind = parent.kind().toString()
  // Java and C# name a field and give its default in a declarator of the field: `private Boolean primary =
  // false;`; C# puts the declarator in a `variable_declaration` (`public bool Primary = false;`).
  const declaration = parent.parent()
  const holder = declaration?.kind() === 'variable_declaration' ? declaration.parent() : declaration
  // Stryker disable next-line OptionalChaining: a declarator always sits in a declaration, so `holder` is set here
  const field = kind === 'variable_declarator' && holder?.kind() === 'field_declaration'
  // A C# positional record's parameter is a property: `record MfaSetup(string Phone, bool Primary = false)`;
  // without `=` its last part is its name, no value.
  const positional =
    kind === 'parameter' &&
    // Stryker disable next-line OptionalChaining: only reached for a `parameter`, which sits in a parameter list inside its declaration
    declaration?.parent()?.kind() === 'record_declaration' &&
    parent.children().some((c) => c.kind() === '=')
  if (!MEMBERS.has(kind) && !field && !positional) return undefined
  // Kotlin and Swift declare locals as they declare members: only a type's body holds fields.
  if (kind === 'property_declaration' && !inClassBody(parent)) return undefined
  const name = declaredName(parent)
  const value = declaredValue(parent)
  if (!name || !value || !sameNode(name, key)) return undefined
  // A plain parameter's default is the caller's business; a parameter property (TS `public`, Kotlin
  // `val`/`var`) is a field of the object.
  // Stryker disable next-line Regex: every kind that reaches here ends in `parameter` or has no `parameter` in it
  const parameter = /parameter$/.test(kind)
  const property = (c: SgNode) => c.kind() === 'accessibility_modifier' || c.kind() === 'binding_pattern_kind'
  return parameter && !positional && !parent.children().some(property) ? undefined : value
}

/**
 * A parameter property (`constructor(public primary = false)`) is a field of the type, not a local of
 * its constructor: it is placed in the type's body, so it goes where the type's instances go.
 */
function typeMember(declaration: SgNode): { at?: SgNode } {
  // Stryker disable next-line Regex: a member is found only on kinds that end in `parameter` or have no `parameter` in it
  if (!/parameter$/.test(declaration.kind().toString())) return {}
  const init = declaration.ancestors().find((a) => FUNCTIONS.has(a.kind().toString()))
  const body = init?.parent()
  return init && body && inClassBody(init) ? { at: body } : {}
}

/** Pydantic's `is_primary: bool = Field(False, alias="primary")`: the alias names BILL's field. */
function aliasDefault(parent: SgNode, token: SgNode, strings: ReadonlySet<string>): SgNode | undefined {
  if (!strings.has(token.kind().toString()) || parent.kind() !== 'keyword_argument') return undefined
  // Stryker disable next-line OptionalChaining,StringLiteral: a keyword argument always has its name as first child
  if (!/^(?:serialization_)?alias$/.test(parent.namedChildren()[0]?.text() ?? '')) return undefined
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: a keyword argument always sits in an argument list
  const args = parent.parent()?.namedChildren() ?? []
  const named = args.find(
    // Stryker disable next-line OptionalChaining: a keyword argument always has its name as first child
    (a) => a.kind() === 'keyword_argument' && a.namedChildren()[0]?.text() === 'default',
  )
  return named?.namedChildren().at(-1) ?? (args[0]?.kind() === 'keyword_argument' ? undefined : args[0])
}

const LIST_NAME = /^["'`]?(?:name|key|field|fieldName|param|paramName|parameter)["'`]?$/
const LIST_VALUE = /^["'`]?(?:value|val|defaultValue)["'`]?$/
// Stryker disable next-line OptionalChaining,StringLiteral: a pair always has its key as first child
const keyText = (pair: SgNode) => pair.namedChildren()[0]?.text() ?? ''

/** A name/value list entry (`{ name: "primary", value: false }`, form-data and low-code exports). */
function listedValue(parent: SgNode, key: SgNode, strings: ReadonlySet<string>): SgNode | undefined {
  if (!strings.has(key.kind().toString()) || parent.kind() !== 'pair') return undefined
  const kids = parent.namedChildren()
  if (!sameNode(kids.at(-1), key) || !LIST_NAME.test(keyText(parent))) return undefined
  // Stryker disable next-line OptionalChaining: a pair always sits in an object or an argument list
  const sibling = parent
    .parent()
    ?.namedChildren()
    .find((p) => p.kind() === 'pair' && LIST_VALUE.test(keyText(p)))
  return sibling?.namedChildren().at(-1)
}

/** An assignment directly in a class body is a field with its default (a dataclass), not a local. */
const inClassBody = (node: SgNode) =>
  CLASSES.has(
    node
      .ancestors()
      .find((a) => CLASSES.has(a.kind().toString()) || FUNCTIONS.has(a.kind().toString()))
      ?.kind()
      // Stryker disable next-line StringLiteral: no class kind is named like the fallback, so any other text is as absent
      .toString() ?? '',
  )

/**
 * Kotlin scope functions called on an object, whose block runs with it as receiver: `X().apply { ... }`.
 * A bare `apply { useBackup = value }` is a builder setting its own field, not a body.
 */
const RECEIVER_SCOPES = /\.\s*(?:apply|run)\s*$/

/** A bare assignment in a receiver block sets the receiver's property, not a local of the function. */
function inReceiverBlock(assignment: SgNode): boolean {
  const block = assignment
    .ancestors()
    .find((a) => a.kind() === 'lambda_literal' || FUNCTIONS.has(a.kind().toString()))
  if (block?.kind() !== 'lambda_literal') return false
  // Stryker disable next-line OptionalChaining: a lambda always has a parent, and an annotated_lambda sits in a call_suffix of a call
  const call = block.parent()?.kind() === 'annotated_lambda' ? block.parent()?.parent()?.parent() : undefined
  if (!call || !CALLS.has(call.kind().toString())) return false
  // Stryker disable next-line OptionalChaining: a call was found three levels up, so these parents exist
  const suffix = block.parent()?.parent()
  // Stryker disable next-line StringLiteral: suffix exists whenever the call does: the fallback is never used
  const callee = suffix ? call.text().slice(0, suffix.range().start.index - call.range().start.index) : ''
  return RECEIVER_SCOPES.test(callee)
}

/** The value node a key is given, and whether the key is a setter/builder method name. */
function valueNode(
  token: SgNode,
  strings: ReadonlySet<string>,
): { value: SgNode; setter: boolean; at?: SgNode } | undefined {
  // `{ useBackup }` in JS, `Body { use_backup }` in Rust: the value is the variable of that name.
  if (
    token.kind() === 'shorthand_property_identifier' ||
    // Stryker disable next-line OptionalChaining: a name token is never the root, it always has a parent
    token.parent()?.kind() === 'shorthand_field_initializer'
  )
    return { value: token, setter: false }
  let key = token
  let wrapped = false
  for (
    let up = key.parent();
    up && KEY_WRAPPERS.has(up.kind().toString()) && sameNode(lastNamed(up), key);
    up = key.parent()
  ) {
    wrapped ||= up.namedChildren().length > 1
    key = up
  }
  const parent = key.parent()
  if (!parent) return undefined
  const kind = parent.kind().toString()
  const kids = parent.namedChildren()
  // Kotlin and Swift hold a member's name in a `variable_declaration` / `pattern`.
  const holder = NAME_HOLDERS.has(kind) ? parent.parent() : null
  const member = memberDefault(parent, key) ?? (holder ? memberDefault(holder, key) : undefined)
  if (member) return { value: unwrap(member), setter: false, ...typeMember(parent) }
  const aliased = aliasDefault(parent, token, strings) ?? listedValue(parent, key, strings)
  if (aliased) return { value: unwrap(aliased), setter: false }
  // Ruby 3.1's `post(primary:)` omits the value: the pair's only child is its key, the local of that name.
  if (BINDINGS.has(kind) && sameNode(kids[0], key) && (kids.length >= 2 || kind === 'pair')) {
    // `useBackup = true` on its own is a local variable; `req.useBackup = true` and C# initializers are fields.
    const local =
      ASSIGNMENTS.has(kind) && !wrapped && !strings.has(token.kind().toString()) && !inClassBody(parent)
    // Stryker disable next-line OptionalChaining: a binding is never the root, it always has a parent
    if (local && parent.parent()?.kind().toString() !== 'initializer_expression' && !inReceiverBlock(parent))
      return undefined
    // Python's `primary: bool` annotates a name and gives it no value: the type is never the value.
    const value = kids.at(-1)
    return value && !isType(value) ? { value: unwrap(value), setter: false } : undefined
  }
  if (
    SIBLING_LISTS.has(kind) &&
    (strings.has(token.kind().toString()) || kind === 'anonymous_object_creation_expression')
  ) {
    const at = kids.findIndex((k) => sameNode(k, key))
    const value = kids[at + 1]
    return value ? { value: unwrap(value), setter: false } : undefined
  }
  if (CALLS.has(kind)) {
    // setUseBackup(x), builder.useBackup(x): the name just before a one-argument list.
    const at = kids.findIndex((k) => sameNode(k, key))
    const args = argumentList(parent)
    const only = args && args.at === at + 1 ? args.list.namedChildren() : []
    return only.length === 1 && only[0] ? { value: unwrap(only[0]), setter: true } : undefined
  }
  return undefined
}

const unquote = (text: string) => text.replace(/^[a-zA-Z@$]*(["'`]{1,3})/, '').replace(/["'`]{1,3}$/, '')

/** What a value node holds: a literal flag, a run-time value, or nothing of interest (null, 3, {...}). */
function classify(value: SgNode, strings: ReadonlySet<string>): FieldUse['value'] | undefined {
  const text = value.text().trim()
  const range = value.range()
  if (/^(?:true|false)$/i.test(text)) {
    return {
      literal: true,
      written: text.toLowerCase() === 'true',
      start: range.start.index,
      end: range.end.index,
    }
  }
  if (strings.has(value.kind().toString())) {
    if (value.namedChildren().some((c) => INTERPOLATIONS.has(c.kind().toString()))) return { literal: false }
    const content = unquote(text)
    if (!/^(?:true|false)$/i.test(content)) return undefined
    const start = range.start.index + text.indexOf(content)
    return { literal: true, written: content, start, end: start + content.length }
  }
  if (
    /^(?:null|none|nil|undefined|nothing|-?\d[\d.]*)$/i.test(text) ||
    STRUCTURES.test(value.kind().toString())
  ) {
    return undefined
  }
  return { literal: false }
}

/**
 * The field a name token sets, with its value, when it is a key, an index, a setter or a shorthand;
 * `renamed`: the BILL field a member renamed on the wire stands for (`is_primary` → `primary`).
 */
export function fieldUse(
  token: SgNode,
  strings: ReadonlySet<string>,
  renamed?: MfaField,
): NodeUse | undefined {
  const found = valueNode(token, strings)
  if (!found) return undefined
  const field: MfaField | undefined = renamed ?? fieldOfName(bare(token.text()), found.setter)
  if (!field) return undefined
  const value = classify(found.value, strings)
  if (!value) return undefined
  // The name itself, inside its quotes or after a Ruby colon.
  const name = bare(token.text()).replace(found.setter ? /^(?:set|with)(?=[A-Z])/ : /^$/, '')
  const start = token.range().start.index + Math.max(0, token.text().lastIndexOf(name))
  const end = Math.max(found.value.range().end.index, token.range().end.index)
  // A member renamed to BILL's field is BILL's spelling on the wire.
  const loose = !renamed && !/^(?:[uU]seBackup|[pP]rimary)$/.test(name)
  return {
    use: { field, start, end, value, analysis: 'structural' },
    anchor: found.at ?? token,
    ...(loose ? { loose } : {}),
  }
}
