import { parse, type SgNode } from '@ast-grep/napi'
import { type Grammar, grammarFor } from '../../../../../src/cli/source/structural/grammar.ts'
import { parserFor } from '../../../../../src/cli/source/structural/registry.ts'

// The structural tests' parsed snippet: a file's syntax tree and its grammar, as structuralScan gets them.
export function snippet(language: string, text: string): { root: SgNode; grammar: Grammar } {
  const parser = parserFor(language)
  const grammar = parser ? grammarFor(language, parser) : undefined
  if (!parser || !grammar) throw new Error(`no parser for ${language}`)
  return { root: parse(parser, text).root(), grammar }
}
