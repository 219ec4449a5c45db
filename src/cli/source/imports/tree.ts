import { parse, type SgNode } from '@ast-grep/napi'
import { hasBillEvidence, type MfaKind, refKinds } from '../evidence.ts'
import { detectLanguage } from '../language.ts'
import { EndpointIndex } from '../structural/endpoints.ts'
import { Folder } from '../structural/fold.ts'
import { type Grammar, grammarFor } from '../structural/grammar.ts'
import { parserFor } from '../structural/registry.ts'
import type { SourceLanguage } from '../types.ts'
import { work } from '../work.ts'
import type { ImportContext } from './context.ts'
import { type ModuleFacts, moduleFacts } from './facts.ts'

/** Beyond these, a file is scanned on its own, as without a tree. */
const MAX_MEMBERS = 5000
const MAX_MEMBER_BYTES = 1 << 20
const MAX_TREE_BYTES = 64 << 20
/** Import lines come first: only this much of a file is read for them (bounds the cost of bundles). */
const IMPORTS_HEAD = 64 << 10
/** Modules one file sees (its imports and what they re-export), and constants it takes from them. */
const MAX_VISIBLE = 64
const MAX_CONSTANTS = 500
/** A module worth parsing for its constants: it may hold part of a BILL address. */
const ADDRESS_PART = /\/mfa|bill\.com|\/v[23]\b|MFAChallenge|Login\.json/i
const SETUP = /mfa\/setup/i
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/
const FOLLOWED: ReadonlySet<SourceLanguage> = new Set([
  'javascript',
  'typescript',
  'tsx',
  'python',
  'java',
  'kotlin',
  'csharp',
  'go',
  'php',
  'ruby',
])

/**
 * The values of the constants a text names (one pass over the text for all the names). Every name is an
 * identifier: a declared one (structural/module-values.ts) or the local name of an import alias.
 */
function usedValues(constants: ReadonlyMap<string, string>, words: string): string[] {
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a shortcut; no name matches nothing
  if (constants.size === 0) return []
  const names = [...constants.keys()].join('|')
  // Only an alias's local name holds a `$`; the name it imports, of the same value, is in the import line.
  // Stryker disable next-line Regex,StringLiteral: equivalent, as just said
  const escaped = names.replace(/\$/g, '\\$')
  const used = new Set(words.match(new RegExp(`(?<![\\w$])(?:${escaped})(?![\\w$])`, 'g')))
  return [...constants].filter(([name]) => used.has(name)).map(([, value]) => value)
}

/** A file as the walk read it: its bytes as Latin-1 for the regular expressions, its text on demand. */
export interface TreeSource {
  words: string
  text(): string
}

interface Member {
  path: string
  /** What the regular expressions read: the file's bytes as Latin-1 (BILL's words and imports are ASCII). */
  words: string
  /** The text, decoded when the module is parsed (most members of a large tree never are). */
  text: () => string
  language: SourceLanguage
  facts: ModuleFacts
  /** Its text may hold part of a BILL address (worth parsing for its constants). */
  address: boolean
  visible?: Member[]
  exports?: Map<string, string>
  constants?: Map<string, string>
  root?: SgNode
  endpoints?: EndpointIndex
  importers?: Member[]
  billish?: boolean
}

/**
 * The modules of a scanned tree and what they import from each other (issue 22, class 4): a base URL
 * or an endpoint exported by a config module and read where the call is made, a body built in one module
 * and sent in another. Import lines are read without parsing; a module is parsed only when another
 * needs its constants or where it sends a name, and at most once (the scan of the file reuses it).
 * Every question is answered once (memoised), so the work is linear in the tree; cycles are cut.
 */
export class SourceTree {
  private readonly members = new Map<string, Member>()
  private readonly byKey = new Map<string, Member[]>()
  private reverse = false
  private bytes = 0

  /** Whether a file may join the tree, by its name (and `#!` line): a language whose imports are read. */
  accepts(path: string, head: string): boolean {
    return FOLLOWED.has(detectLanguage(path, head))
  }

  /**
   * Adds a file (as read; JS/TS, Python, Java, C#, Go, PHP and Ruby have their imports followed). False
   * when it is not a module of the tree: another language, or past the bounds (it is scanned alone).
   */
  add(path: string, source: string | TreeSource): boolean {
    const { words, text } = typeof source === 'string' ? { words: source, text: () => source } : source
    if (this.members.size >= MAX_MEMBERS || words.length > MAX_MEMBER_BYTES || this.members.has(path))
      return false
    if (this.bytes + words.length > MAX_TREE_BYTES) return false
    const language = detectLanguage(path, words.slice(0, 256))
    const facts = moduleFacts(path, words.slice(0, IMPORTS_HEAD), language)
    if (facts.keys.length === 0 && facts.imports.length === 0) return false
    const member: Member = { path, words, text, language, facts, address: ADDRESS_PART.test(words) }
    this.bytes += words.length
    this.members.set(path, member)
    for (const key of facts.keys) {
      const list = this.byKey.get(key)
      if (list) list.push(member)
      else this.byKey.set(key, [member])
    }
    return true
  }

  /** What the tree says about one file, or undefined when it imports nothing and nothing imports it. */
  context(path: string): ImportContext | undefined {
    const m = this.members.get(path)
    if (!m) return undefined
    const importers = this.importersOf(m)
    // Nothing is parsed for a file that no BILL address can reach (most files of a large tree).
    const reaches = (x: Member) => x.address || this.visibleOf(x).some((v) => v.address)
    if (!reaches(m) && !importers.some(reaches)) return undefined
    const constants = this.constantsOf(m)
    if (constants.size === 0 && importers.length === 0) return undefined
    const values = [...constants.values()]
    const evidence = values.some(hasBillEvidence) || importers.some((b) => this.billish(b))
    const own = hasBillEvidence(m.words)
    const kinds = [...new Set(usedValues(constants, m.words).flatMap(refKinds))]
    const root = evidence || own ? this.rootOf(m) : undefined
    return {
      constants,
      sentKinds: (names) => this.sentKinds(m, names),
      evidence,
      kinds,
      borrowed: evidence && !own && kinds.length === 0,
      setup:
        values.some((v) => SETUP.test(v)) ||
        importers.some(
          (b) => /setup/i.test(b.words) || [...this.constantsOf(b).values()].some((v) => SETUP.test(v)),
        ),
      ...(root ? { root } : {}),
    }
  }

  /** The members an import means: those of its most specific key that the tree has. */
  private lookup(alternatives: readonly string[]): Member[] {
    for (const key of alternatives) {
      const found = this.byKey.get(key)
      if (found) return found
    }
    return []
  }

  /** The modules a file reads constants from: its imports, then what those re-export, transitively. */
  private visibleOf(m: Member): Member[] {
    if (m.visible) return m.visible
    const seen = new Set<Member>([m])
    const out: Member[] = []
    const queue = m.facts.imports.flatMap((alt) => this.lookup(alt))
    for (let i = 0; i < queue.length && out.length < MAX_VISIBLE; i++) {
      work.steps++
      const v = queue[i] as Member
      if (seen.has(v)) continue
      seen.add(v)
      out.push(v)
      for (const alt of v.facts.reexports) queue.push(...this.lookup(alt))
    }
    m.visible = out
    return out
  }

  private rootOf(m: Member): SgNode | undefined {
    if (m.root) return m.root
    const parser = parserFor(m.language)
    if (!parser || !grammarFor(m.language, parser)) return undefined
    m.root = parse(parser, m.text()).root()
    return m.root
  }

  private grammarOf(m: Member): Grammar | undefined {
    const parser = parserFor(m.language)
    return parser ? grammarFor(m.language, parser) : undefined
  }

  /** The string constants a module declares outside functions, folded with what it imports itself. */
  private exportsOf(m: Member): Map<string, string> {
    // Stryker disable next-line ConditionalExpression: the memo saves work; a module folds to the same constants
    if (m.exports) return m.exports
    m.exports = new Map() // a module met again while folding its own constants (a cycle) gives nothing
    const grammar = this.grammarOf(m)
    if (!grammar || !m.address) return m.exports
    const root = this.rootOf(m)
    // Stryker disable next-line ConditionalExpression: rootOf parses wherever grammarOf finds a grammar
    if (!root) return m.exports
    m.exports = new Folder(root, grammar, this.constantsOf(m)).knownConstants()
    return m.exports
  }

  /** The constants a file sees from the modules it imports (the first module naming one wins). */
  private constantsOf(m: Member): Map<string, string> {
    // Stryker disable next-line ConditionalExpression: the memo saves work; the same modules give the same map
    if (m.constants) return m.constants
    const out = new Map<string, string>()
    m.constants = out
    for (const v of this.visibleOf(m))
      for (const [name, value] of this.exportsOf(v)) {
        if (out.size >= MAX_CONSTANTS) break
        if (!out.has(name)) out.set(name, value)
      }
    // The local name is the imported constant, even where a module also exports that name itself.
    // Stryker disable next-line ArrayDeclaration: its string reads as alias ('S', 't'): no constant is named t
    for (const [local, theirs] of m.facts.aliases ?? []) {
      const value = out.get(theirs)
      if (value !== undefined) out.set(local, value)
    }
    return out
  }

  /** The members that import a module, from one pass over every member's imports. */
  private importersOf(m: Member): Member[] {
    // Another pass only lists each importer again: every answer is a some() or a union over the importers.
    // Stryker disable next-line ConditionalExpression: equivalent, as just said
    if (!this.reverse) {
      // Stryker disable next-line BooleanLiteral: as above
      this.reverse = true
      for (const b of this.members.values())
        for (const v of this.visibleOf(b)) {
          v.importers ??= []
          v.importers.push(b)
        }
    }
    return m.importers ?? []
  }

  /** A module that is about BILL by its own text or by the constants it imports. */
  private billish(b: Member): boolean {
    b.billish ??= hasBillEvidence(b.words) || [...this.constantsOf(b).values()].some(hasBillEvidence)
    return b.billish
  }

  /**
   * The endpoints the modules importing `m` send its names to (`post(MFA_SETUP, SETUP_BODY)`): one
   * search of each importer for all the names.
   */
  private sentKinds(m: Member, names: readonly string[]): Map<string, Set<MfaKind>> {
    const out = new Map<string, Set<MfaKind>>()
    const safe = names.filter((n) => IDENTIFIER.test(n))
    if (safe.length === 0) return out
    const alternation = safe.map((n) => n.replace(/\$/g, '\\$')).join('|')
    // A PHP variable is sent with its `$` (`$PHONE`), which the names asked do not hold.
    const word = new RegExp(`(?<![\\w$])\\$?(?:${alternation})(?![\\w$])`)
    for (const b of this.importersOf(m)) {
      const grammar = this.grammarOf(b)
      const root = grammar && word.test(b.words) ? this.rootOf(b) : undefined
      if (!grammar || !root) continue
      b.endpoints ??= new EndpointIndex(root, grammar, this.constantsOf(b))
      for (const ref of root.findAll({ rule: { regex: `^\\$?(?:${alternation})$` } })) {
        // A node whose whole text is the name wraps that name's leaf (PHP's `$PHONE`), which is resolved too.
        // Stryker disable next-line ConditionalExpression: equivalent, as just said
        if (!ref.isNamedLeaf()) continue
        const found = b.endpoints.resolve(ref)
        if (typeof found !== 'object') continue
        // A resolved leaf never starts with `$`: PHP's is the name inside `$PHONE`, and JS's `$card` is not resolved.
        // Stryker disable next-line StringLiteral: equivalent, as just said
        const name = ref.text().replace(/^\$/, '')
        const kinds = out.get(name) ?? new Set<MfaKind>()
        for (const k of found) kinds.add(k)
        out.set(name, kinds)
      }
    }
    return out
  }
}
