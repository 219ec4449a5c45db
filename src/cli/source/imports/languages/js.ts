import { aliasesIn, each, type ModuleFacts, segments } from '../facts.ts'

const EXTENSION = /\.(?:[mc]?[jt]s|[jt]sx)$/
// `import x from './a'`, `import { a as b } from "./a"`, `import * as c from './a'`, `require('./a')`,
// `export * from './a'`, `export { a } from './a'`: relative specifiers only (packages are not in the tree).
const IMPORT = /\b(?:from|require\s*\(|import\s*\(?)\s*(['"])(\.{1,2}(?:\/[^'"\n]*)?)\1/g
const REEXPORT = /\bexport\s+(?:\*|\{[^}]*\}|\*\s+as\s+\w+)\s*from\s*(['"])(\.{1,2}(?:\/[^'"\n]*)?)\1/g

const NAMED = /\bimport\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}/g

const key = (parts: readonly string[]) => `js:${parts.join('/').replace(EXTENSION, '')}`

/** JavaScript and TypeScript: a module is its path without extension (a folder by its `index`). */
export function jsFacts(path: string, text: string): ModuleFacts {
  const own = segments(path)
  const dir = own.slice(0, -1)
  const keys = [key(own)]
  // Stryker disable next-line StringLiteral: no other name is an index file either
  if (/^index\.\w+$/.test(own.at(-1) ?? '')) keys.push(key(dir))
  const target = (spec: string) => [key(segments([...dir, spec].join('/')))]
  return {
    keys,
    // Group 1 is the quote; group 2 the specifier.
    imports: each(IMPORT, text, 2).map(target),
    reexports: each(REEXPORT, text, 2).map(target),
    aliases: aliasesIn(each(NAMED, text)),
  }
}
