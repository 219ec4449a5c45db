import { type ModuleFacts, segments, tails } from '../facts.ts'

const IMPORT_BLOCK = /^import[ \t]*\(([^)]*)\)/gm
const IMPORT_LINE = /^import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm
const QUOTED = /"([^"\n]+)"/g

const key = (dir: string) => `go:${dir}`

/**
 * Go: a package is its directory; its files see each other's constants. An import path is matched by
 * its longest tail that is a directory of the tree (the module path in go.mod need not be read).
 * Only paths whose first element has a dot (a module host): the standard library is never in the tree.
 */
export function goFacts(path: string, text: string): ModuleFacts {
  const dir = segments(path).slice(0, -1)
  // Stryker disable next-line ArrayDeclaration: an extra path without a dot in its first element is filtered out
  const paths: string[] = []
  for (const m of text.matchAll(IMPORT_BLOCK))
    for (const q of (m[1] ?? '').matchAll(QUOTED)) paths.push(q[1] ?? '')
  for (const m of text.matchAll(IMPORT_LINE)) paths.push(m[1] ?? '')
  const imports = paths
    // Stryker disable next-line OptionalChaining: split() always gives a first element
    .filter((p) => p.split('/')[0]?.includes('.'))
    .map((p) => tails(segments(p), '/', 16).reverse().map(key))
  return { keys: tails(dir, '/').map(key), imports: [[key(dir.join('/'))], ...imports], reexports: [] }
}
