import { aliasesIn, type ModuleFacts, segments } from '../facts.ts'

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
  if (/^index\.\w+$/.test(own.at(-1) ?? '')) keys.push(key(dir))
  const target = (spec: string) => [key(segments([...dir, spec].join('/')))]
  return {
    keys,
    imports: [...text.matchAll(IMPORT)].map((m) => target(m[2] ?? '')),
    reexports: [...text.matchAll(REEXPORT)].map((m) => target(m[2] ?? '')),
    aliases: aliasesIn([...text.matchAll(NAMED)].map((m) => m[1] ?? '')),
  }
}
