import { each, type ModuleFacts } from '../facts.ts'

const NAMESPACE = /^[ \t]*namespace[ \t]+([\w\\]+)[ \t]*[;{]/m
const CLASS = /^[ \t]*(?:(?:final|abstract|readonly)[ \t]+)*(?:class|interface|trait|enum)[ \t]+(\w+)/gm
const USE = /^[ \t]*use[ \t]+(?:const[ \t]+|function[ \t]+)?([\w\\]+)(?:[ \t]+as[ \t]+\w+)?[ \t]*;/gm
const GROUP_USE = /^[ \t]*use[ \t]+([\w\\]+)\\\{([^}]*)\}[ \t]*;/gm

const key = (name: string) => `php:${name.replace(/^\\/, '')}`

/** PHP: a class by its namespace and name (`use Acme\Bill\Endpoints;`); a namespace sees its own classes. */
export function phpFacts(_path: string, text: string): ModuleFacts {
  const ns = NAMESPACE.exec(text)?.[1] ?? ''
  const keys = each(CLASS, text).map((cls) => key(ns ? `${ns}\\${cls}` : cls))
  keys.push(key(`${ns}\\`))
  const imports: string[][] = [[key(`${ns}\\`)], ...each(USE, text).map((name) => [key(name)])]
  for (const m of text.matchAll(GROUP_USE)) {
    // Stryker disable next-line StringLiteral: the list's group always takes part when GROUP_USE matches
    const list = m[2] ?? ''
    for (const part of list.split(',')) {
      const name = part.trim()
      // Stryker disable next-line Regex: after trim() the first word is the same whether spaces are split one by one or in runs
      if (name) imports.push([key(`${m[1]}\\${name.split(/\s+/)[0]}`)])
    }
  }
  return { keys, imports, reexports: [] }
}
