import { parse } from '@ast-grep/napi'
import { COMMENTS, DECLARATIONS, FUNCTIONS, NAME_KINDS, STRING_KINDS } from './kinds.ts'

export interface Grammar {
  parser: string
  /** String literal kinds this grammar has. */
  strings: readonly string[]
  /** String and comment kinds: where endpoint references are looked for. */
  references: readonly string[]
  /** Function kinds this grammar has. */
  functions: readonly string[]
  /** Declaration kinds this grammar has (constants, variables, config members). */
  declarations: readonly string[]
  /** Nodes that may name a field (identifiers and strings), as an ast-grep `any` rule. */
  names: readonly { kind: string }[]
}

const cache = new Map<string, Grammar>()

/** Keeps the kinds a grammar knows: a rule naming an unknown kind is an error in ast-grep. */
function known(parser: string, kinds: readonly string[]): string[] {
  // Stryker disable next-line StringLiteral: an unknown kind is refused whatever the text parsed
  const root = parse(parser, '').root()
  return kinds.filter((kind) => {
    try {
      root.find({ rule: { kind } })
    } catch {
      return false
    }
    return true
  })
}

export function grammarFor(language: string, parser: string): Grammar | undefined {
  const cached = cache.get(language)
  if (cached) return cached
  const strings = STRING_KINDS[language]
  if (!strings) return undefined
  const grammar = {
    parser,
    strings: known(parser, strings),
    references: known(parser, [...strings, ...COMMENTS]),
    functions: known(parser, [...FUNCTIONS]),
    declarations: known(parser, [...DECLARATIONS]),
    names: known(parser, [...NAME_KINDS, ...strings]).map((kind) => ({ kind })),
  }
  cache.set(language, grammar)
  return grammar
}
