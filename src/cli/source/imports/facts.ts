import type { SourceLanguage } from '../types.ts'
import { goFacts } from './languages/go.ts'
import { jsFacts } from './languages/js.ts'
import { csharpFacts, javaFacts, kotlinFacts } from './languages/jvm-dotnet.ts'
import { phpFacts } from './languages/php.ts'
import { pythonFacts } from './languages/python.ts'
import { rubyFacts } from './languages/ruby.ts'

/**
 * How one file is reached by the others and which files it reads constants from, read from its import
 * lines alone (no parse). Keys are strings in a per-language namespace (`py:billing.config`,
 * `java:com.acme.bill.Endpoints`); the tree matches them.
 */
export interface ModuleFacts {
  /** The keys importers reach this module by. */
  keys: string[]
  /** One entry per import: the keys it may mean, the most specific first (the first one known wins). */
  imports: string[][]
  /** Imports whose constants this module passes on to its own importers (`export * from`, `__init__.py`). */
  reexports: string[][]
  /** Names imported under another name (`import { MFA as URL }`, `from .c import MFA as URL`): [local, theirs]. */
  aliases?: [string, string][]
}

const NO_FACTS: ModuleFacts = { keys: [], imports: [], reexports: [] }

const ALIAS = /\b([A-Za-z_$][\w$]*)\s+as\s+([A-Za-z_$][\w$]*)/g

/** `A as B` pairs in import clauses, as [B, A]. */
export const aliasesIn = (clauses: readonly string[]): [string, string][] =>
  // Stryker disable next-line StringLiteral: both groups always take part when ALIAS matches
  clauses.flatMap((c) => [...c.matchAll(ALIAS)].map((m): [string, string] => [m[2] ?? '', m[1] ?? '']))

/** Path segments with forward slashes, `.` and `..` resolved. */
export function segments(path: string): string[] {
  const out: string[] = []
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop()
    else out.push(part)
  }
  return out
}

/** Every tail of a list of segments joined by `sep`: a module is found whatever the tree's root. */
export function tails(parts: readonly string[], sep: string, max = 32): string[] {
  const out: string[] = []
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - max); i--) out.push(parts.slice(i).join(sep))
  return out
}

/** Every non-empty match of a global regular expression's group (the first unless told). */
export function each(re: RegExp, text: string, group = 1): string[] {
  return [...text.matchAll(re)].flatMap((m) => (m[group] ? [m[group]] : []))
}

export function moduleFacts(path: string, text: string, language: SourceLanguage): ModuleFacts {
  switch (language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return jsFacts(path, text)
    case 'python':
      return pythonFacts(path, text)
    case 'java':
      return javaFacts(path, text)
    case 'kotlin':
      return kotlinFacts(text)
    case 'csharp':
      return csharpFacts(text)
    case 'go':
      return goFacts(path, text)
    case 'php':
      return phpFacts(path, text)
    case 'ruby':
      return rubyFacts(path, text)
    default:
      return NO_FACTS
  }
}
