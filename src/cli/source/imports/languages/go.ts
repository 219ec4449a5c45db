import { each, type ModuleFacts, segments, tails } from '../facts.ts'

const IMPORT_BLOCK = /^import[ \t]*\(([^)]*)\)/gm
const IMPORT_LINE = /^import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm
const QUOTED = /"([^"\n]+)"/g

const key = (dir: string) => `go:${dir}`
// Stryker disable next-line OptionalChaining: split() always gives a first element
const hasHost = (importPath: string) => importPath.split('/')[0]?.includes('.')

/**
 * Go: a package is its directory; its files see each other's constants. An import path is matched by
 * its longest tail that is a directory of the tree (the module path in go.mod need not be read).
 * Only paths whose first element has a dot (a module host): the standard library is never in the tree.
 */
export function goFacts(path: string, text: string): ModuleFacts {
  const dir = segments(path).slice(0, -1)
  const paths = [
    ...each(IMPORT_BLOCK, text).flatMap((block) => each(QUOTED, block)),
    ...each(IMPORT_LINE, text),
  ]
  const imports = paths.filter(hasHost).map((p) => tails(segments(p), '/', 16).reverse().map(key))
  return { keys: tails(dir, '/').map(key), imports: [[key(dir.join('/'))], ...imports], reexports: [] }
}
