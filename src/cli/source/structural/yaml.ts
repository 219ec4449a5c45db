import type { SgNode } from '@ast-grep/napi'
import type { MfaKind } from '../evidence.ts'
import type { FieldUse } from '../judge.ts'
import { textFields } from '../text-fields.ts'
import { work } from '../work.ts'
import { addressKinds } from './addresses.ts'

// YAML is read only where it defines requests: a mapping that names an endpoint (`url:`, `path:`, a
// `post:` step) with the body beside it, as Artillery, Step CI, Tavern and home-grown runners write them.
// Documents that describe rather than send (OpenAPI examples) or are not BILL's (Kubernetes manifests,
// Compose files) say nothing; CI workflows are left to the line matcher and the CI reader.

const PAIRS = new Set(['block_mapping_pair', 'flow_pair'])
const MAPPINGS = new Set(['block_mapping', 'flow_mapping'])
const SCALARS = new Set(['plain_scalar', 'double_quote_scalar', 'single_quote_scalar', 'block_scalar'])
/** Top-level keys of a document that is not a request definition. */
const DESCRIPTIONS = /^(?:openapi|swagger|asyncapi|apiVersion|services)$/
/** CI workflows (GitHub, GitLab, Azure, CircleCI); Tavern's `stages` come with a `test_name`. */
const WORKFLOWS = /^(?:jobs|stages|pipelines|workflows)$/
const FIELD = /^(?:useBackup|use_backup|primary)$/
/** A value filled in at run time: `{{ flag }}`, `${{ env.X }}`, `${X}`, `$X`, Tavern's `{name}`. */
const TEMPLATE = /\{\{.*\}\}|\$\{.*\}|\$[A-Za-z_]|\{[A-Za-z_][\w.]*\}|<%/
const MAX_USES = 50_000
/** Pairs with a field's name somewhere below them: found natively, so other pairs cost nothing. */
const CANDIDATE_PAIRS = {
  any: [...PAIRS].map((kind) => ({ kind })),
  has: {
    any: [...SCALARS].map((kind) => ({ kind })),
    regex: '(?i)use_?backup|primary',
    stopBy: 'end' as const,
  },
}

// A key or scalar has no space at its ends, and opens and closes with its quote or with neither.
// Stryker disable next-line Regex,MethodExpression: as above
const unquote = (text: string) => text.trim().replace(/^(["'])([\s\S]*)\1$/, '$2')
// Stryker disable next-line OptionalChaining,StringLiteral: a pair's first named child is its key
const keyOf = (pair: SgNode) => unquote(pair.namedChildren()[0]?.text() ?? '')
const pairValue = (pair: SgNode) => {
  const kids = pair.namedChildren()
  // Stryker disable next-line ConditionalExpression,UnaryOperator: a pair holds a key and at most a value
  return kids.length >= 2 ? kids.at(-1) : undefined
}
/** The scalar, mapping or alias a flow_node / block_node holds (after its anchor). */
function content(node: SgNode | undefined): SgNode | undefined {
  // Stryker disable next-line Regex: no other kind contains these names
  if (!node || !/^(?:flow|block)_node$/.test(node.kind().toString())) return node
  const kids = node.namedChildren()
  // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: the anchor comes first
  return kids.filter((k) => k.kind() !== 'anchor').at(-1)
}

function topKeys(doc: SgNode): string[] {
  const mapping = doc.find({ rule: { any: [...MAPPINGS].map((kind) => ({ kind })) } })
  // Stryker disable next-line MethodExpression: a comment's key '' names no kind of document
  const pairs = mapping?.namedChildren().filter((p) => PAIRS.has(p.kind().toString())) ?? []
  return pairs.map(keyOf)
}

/** What a field's value holds: a literal flag, a run-time value, or nothing of interest. */
function classify(node: SgNode): FieldUse['value'] | undefined {
  if (!SCALARS.has(node.kind().toString()) || node.kind() === 'block_scalar') return undefined
  const text = unquote(node.text())
  if (/^(?:true|false)$/i.test(text)) {
    const start = node.range().start.index + node.text().indexOf(text)
    const literal = node.find({ rule: { kind: 'boolean_scalar' } })
    return {
      literal: true,
      written: literal ? text.toLowerCase() === 'true' : text,
      start,
      end: start + text.length,
    }
  }
  return TEMPLATE.test(text) ? { literal: false } : undefined
}

/** Resolves uses to the request mapping around them; an anchored body to where its aliases are used. */
class Requests {
  private readonly memo = new Map<number, MfaKind[]>()
  private readonly aliases = new Map<string, SgNode[]>()

  constructor(root: SgNode) {
    for (const alias of root.findAll({ rule: { kind: 'alias_name' } })) {
      const list = this.aliases.get(alias.text()) ?? []
      list.push(alias)
      this.aliases.set(alias.text(), list)
    }
  }

  /** The endpoints a mapping names among its own keys and scalar values. */
  private named(mapping: SgNode): MfaKind[] {
    const known = this.memo.get(mapping.id())
    // Stryker disable next-line ConditionalExpression: the memo only saves reading a mapping again
    if (known) return known
    const kinds = new Set<MfaKind>()
    for (const pair of mapping.namedChildren()) {
      work.steps++
      // Stryker disable next-line ConditionalExpression: a comment of a mapping has no key and no value
      if (!PAIRS.has(pair.kind().toString())) continue
      const value = content(pairValue(pair))
      for (const node of [pair.namedChildren()[0], value]) {
        const scalar = content(node)
        if (scalar && SCALARS.has(scalar.kind().toString()))
          for (const k of addressKinds(unquote(scalar.text()))) kinds.add(k)
      }
    }
    const out = [...kinds]
    this.memo.set(mapping.id(), out)
    return out
  }

  resolve(node: SgNode, depth = 0): Set<MfaKind> {
    const out = new Set<MfaKind>()
    for (const up of node.ancestors()) {
      const kind = up.kind().toString()
      // Stryker disable next-line ConditionalExpression: other nodes hold no pairs, so name no endpoint
      if (MAPPINGS.has(kind)) {
        const kinds = this.named(up)
        if (kinds.length > 0) return new Set(kinds)
      }
      // `&backup` on this node: the body goes where `*backup` is used.
      const anchor = depth < 2 ? up.namedChildren().find((k) => k.kind() === 'anchor') : undefined
      // Stryker disable next-line OptionalChaining: an anchor holds its name
      const name = anchor?.namedChildren()[0]?.text()
      // Stryker disable next-line ConditionalExpression: no alias is named undefined
      if (name) {
        // Stryker disable next-line ArrayDeclaration: a name read from an anchor that no alias uses
        for (const alias of this.aliases.get(name) ?? [])
          for (const k of this.resolve(alias, depth + 1)) out.add(k)
        if (out.size > 0) return out
      }
    }
    return out
  }
}

/** Field uses of a YAML file, or undefined for a CI workflow or YAML the parser cannot read (left to the line matcher). */
export function yamlUses(root: SgNode): FieldUse[] | undefined {
  if (root.find({ rule: { kind: 'ERROR' } })) return undefined
  const docs = root.findAll({ rule: { kind: 'document' } })
  const workflow = (keys: string[]) => keys.some((k) => WORKFLOWS.test(k)) && !keys.includes('test_name')
  if (docs.some((d) => workflow(topKeys(d)))) return undefined
  const requests = new Requests(root)
  const uses: FieldUse[] = []
  for (const doc of docs) {
    if (topKeys(doc).some((k) => DESCRIPTIONS.test(k))) continue
    for (const pair of doc.findAll({ rule: CANDIDATE_PAIRS })) {
      if (uses.length >= MAX_USES) break
      const key = pair.namedChildren()[0]
      const value = content(pairValue(pair))
      if (!key || !value) continue
      const name = keyOf(pair)
      const start = key.range().start.index + key.text().indexOf(name)
      const found: FieldUse[] = []
      if (FIELD.test(name)) {
        const classified = classify(value)
        const field = name === 'primary' ? 'primary' : 'useBackup'
        if (classified)
          found.push({
            field,
            start,
            end: value.range().end.index,
            value: classified,
            analysis: 'structural',
          })
      } else if (SCALARS.has(value.kind().toString()) && /use_?backup|primary/i.test(value.text())) {
        // A body written as a string: `form: 'data={"useBackup": "true"}'`, a block of JSON.
        found.push(...textFields(value.text(), value.range().start.index, true, 'structural', true))
      }
      // Stryker disable next-line ConditionalExpression: resolving for no use changes nothing
      if (found.length === 0) continue
      const kinds = requests.resolve(pair)
      for (const use of found) uses.push({ ...use, kinds })
    }
  }
  return uses
}
