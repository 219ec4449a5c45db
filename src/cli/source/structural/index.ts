import { parse, type SgNode } from '@ast-grep/napi'
import type { MfaField } from '../evidence.ts'
import type { ImportContext } from '../imports/context.ts'
import type { FieldUse } from '../judge.ts'
import { textFields } from '../text-fields.ts'
import type { SourceLanguage } from '../types.ts'
import { billInCode } from './code-evidence.ts'
import { EndpointIndex } from './endpoints.ts'
import { fieldUse, fieldWords, type NodeUse, nameToken } from './fields.ts'
import { grammarFor } from './grammar.ts'
import { resolveLocals } from './local-holders.ts'
import { resolveHolders } from './module-values.ts'
import { parserFor } from './registry.ts'
import { renamedFields } from './renames.ts'
import { yamlUses } from './yaml.ts'

/** Strings that hold JSON, form data or a curl body: `'{"useBackup": true}'`, `useBackup=true`, `${x}`. */
function stringUses(root: SgNode, strings: readonly string[], words: string): NodeUse[] {
  const kinds = strings.map((kind) => ({ kind }))
  const out: NodeUse[] = []
  for (const node of root.findAll({ rule: { any: kinds, regex: words } })) {
    // A string inside another string's interpolation is read with its outer string.
    if (node.ancestors().some((a) => strings.includes(a.kind().toString()))) continue
    // A string that is a statement of its own (a docstring) only quotes an example: it is never sent.
    const statement = node.parent()
    if (statement?.kind() === 'expression_statement' && statement.namedChildren().length === 1) continue
    const start = node.range().start.index
    for (const use of textFields(node.text(), start, true, 'structural', true))
      out.push({ use, anchor: node })
  }
  return out
}

/**
 * Code the parser could not read (a template, a syntax it does not know) is left to the line matcher,
 * so a parse error never hides a literal. Only outermost ERROR nodes: nested ones are inside them.
 */
function unparsedUses(root: SgNode): NodeUse[] {
  const out: NodeUse[] = []
  for (const node of root.findAll({ rule: { kind: 'ERROR', not: { inside: { kind: 'ERROR' } } } })) {
    const start = node.range().start.index
    for (const use of textFields(node.text(), start, false, 'text')) out.push({ use, anchor: node })
  }
  return out
}

/** Field uses found by parsing, or undefined when the language is not parsed (the text matcher runs). */
export function structuralScan(
  text: string,
  language: SourceLanguage,
  imports?: ImportContext,
  /** BILL is named around the code (the rest of a Markdown document). */
  around = false,
): FieldUse[] | undefined {
  const parser = parserFor(language)
  if (parser && language === 'yaml') return yamlUses(parse(parser, text).root())
  const grammar = parser ? grammarFor(language, parser) : undefined
  if (!parser || !grammar) return undefined
  const { strings } = grammar
  // JSON in parentheses is a JavaScript expression; offsets are moved back by that one character.
  const shift = language === 'json' ? 1 : 0
  const root = (!shift && imports?.root) || parse(parser, shift ? `(${text}\n)` : text).root()
  const stringSet = new Set(strings)
  // `primary` is a common word: it matters only where /mfa/setup is named (BILL's other endpoints lack it).
  const fields: MfaField[] = imports?.setup || /setup/i.test(text) ? ['useBackup', 'primary'] : ['useBackup']
  const uses: NodeUse[] = []
  for (const token of root.findAll({ rule: { any: [...grammar.names], regex: nameToken(fields) } })) {
    const found = fieldUse(token, stringSet)
    if (found) uses.push(found)
  }
  for (const [name, field] of renamedFields(text)) {
    if (!fields.includes(field)) continue
    // The member's accessors set it too: `dto.setIsPrimary(false)`, `dto.withIsPrimary(false)`.
    const accessor = `(?:set|with)${name.charAt(0).toUpperCase()}${name.slice(1)}`
    for (const token of root.findAll({
      rule: { any: [...grammar.names], regex: `^(?:${name}|${accessor})$` },
    })) {
      const found = fieldUse(token, stringSet, field)
      if (found) uses.push(found)
    }
  }
  uses.push(...stringUses(root, strings, fieldWords(fields)), ...unparsedUses(root))
  if (uses.length === 0) return []
  const endpoints = new EndpointIndex(root, grammar, imports?.constants)
  resolveLocals(uses, endpoints, text)
  const unresolved: NodeUse[] = []
  for (const u of uses) {
    if (u.use.kinds) continue
    const kinds = endpoints.resolve(u.anchor)
    if (typeof kinds === 'object') u.use.kinds = kinds
    else if (u.loose || (u.use.field === 'primary' && kinds === 'function'))
      // `primary` is a common word and `use_backup` a parameter's name: where no BILL endpoint is
      // named around them, they are someone else's.
      u.use.kinds = new Set()
    else unresolved.push(u)
  }
  if (endpoints.any() || imports) resolveHolders(root, unresolved, endpoints, imports?.sentKinds)
  // A computed value is worth a warning only where the analysis saw it go to an MFA endpoint; in a file
  // tied to BILL only by the tree, or only by its comments, so is a literal.
  const tied = around || imports?.evidence || endpoints.any() || billInCode(root, grammar, text)
  const unsent = imports?.borrowed || !tied
  for (const { use } of unresolved) if (!use.kinds && (!use.value.literal || unsent)) use.kinds = new Set()
  return uses.map((u) => (shift ? shifted(u.use, shift) : u.use))
}

function shifted(use: FieldUse, by: number): FieldUse {
  const value = use.value.literal
    ? { ...use.value, start: use.value.start - by, end: use.value.end - by }
    : use.value
  return { ...use, start: use.start - by, end: use.end - by, value }
}
