import { aliasesIn, each, type ModuleFacts, segments, tails } from '../facts.ts'

// A parenthesised list may span lines (with comments; bounded, so an unclosed one costs little); a plain
// one ends with its line. `*` reads the module itself.
const FROM =
  /^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(?:\(([^)]{0,4096})\)|([\w, \t*]+?))[ \t]*(?:#.*)?$/gm
const IMPORT = /^[ \t]*import[ \t]+([\w.]+)/gm

const key = (dotted: string) => `py:${dotted}`
// Stryker disable next-line Regex,StringLiteral: after trim() the first word is the same whether spaces are split one by one or in runs, and split() always gives one
const firstWord = (clause: string) => clause.trim().split(/\s+/)[0] ?? ''

/** Python: a module is its dotted path (any tail of it: the tree's root need not be the package root). */
export function pythonFacts(path: string, text: string): ModuleFacts {
  const own = segments(path.replace(/\.pyi?$/, ''))
  const isPackage = own.at(-1) === '__init__'
  const module = isPackage ? own.slice(0, -1) : own
  const pkg = isPackage ? module : module.slice(0, -1)
  const imports: string[][] = []
  // Stryker disable next-line ArrayDeclaration: an extra clause without `as` gives no alias
  const clauses: string[] = []
  for (const m of text.matchAll(FROM)) {
    // Stryker disable next-line StringLiteral: one of the two lists always takes part when FROM matches
    const list = m[2] ?? m[3] ?? ''
    const names = list.replace(/#.*/g, '')
    clauses.push(names)
    // Stryker disable next-line StringLiteral: the module's group always takes part (it may be empty)
    const from = m[1] ?? ''
    const rest = from.replace(/^\.+/, '')
    const dots = from.length - rest.length
    // `from .config import X` is relative to this package; `from billing.config import X` is absolute.
    const dotted =
      dots > 0 ? [...pkg.slice(0, pkg.length - (dots - 1)), ...(rest ? rest.split('.') : [])].join('.') : rest
    // `from billing import config` may import the submodule `config` as well as a name of `billing`.
    for (const name of names.split(',').map(firstWord))
      if (name && name !== '*') imports.push([key(dotted ? `${dotted}.${name}` : name)])
    if (dotted) imports.push([key(dotted)])
  }
  for (const dotted of each(IMPORT, text)) imports.push([key(dotted)])
  return {
    keys: tails(module, '.').map(key),
    imports,
    // A package's `__init__.py` passes on what it imports: `from billing import GATEWAY`.
    reexports: isPackage ? imports : [],
    aliases: aliasesIn(clauses),
  }
}
