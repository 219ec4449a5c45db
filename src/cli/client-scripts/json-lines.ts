import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser'
import { locator } from '../source/position.ts'
import type { ClientScript } from './script-effects.ts'

// Lines of a JSON document's values (a Postman collection, an Insomnia export), for findings that point
// at the file. The syntax tree is built on the first question only: most files have no finding.

export type JsonPath = (string | number)[]

export interface JsonLines {
  /** The 1-based line where the value at `path` starts, or undefined when there is none. */
  lineOf(path: JsonPath): number | undefined
  /** A script written as a string or a list of lines (Postman's `exec`), placed on its lines. */
  script(path: JsonPath, text: string): ClientScript
}

export function jsonLines(text: string | undefined): JsonLines {
  let tree: { root: Node | undefined; at: (offset: number) => { line: number } } | undefined
  const built = () => {
    tree ??=
      text === undefined
        ? { root: undefined, at: () => ({ line: 0 }) }
        : {
            root: parseTree(text, [], { allowTrailingComma: true, disallowComments: false }),
            at: locator(text),
          }
    return tree
  }
  const nodeAt = (path: JsonPath) => {
    const { root } = built()
    return root && findNodeAtLocation(root, path)
  }
  const lineOf = (path: JsonPath) => {
    const node = nodeAt(path)
    return node ? built().at(node.offset).line : undefined
  }
  return {
    lineOf,
    script(path, scriptText) {
      return {
        text: scriptText,
        line(offset) {
          const node = nodeAt(path)
          if (node?.type !== 'array') return lineOf(path) ?? 0
          // exec lines were joined with "\n": the element holding the offset gives the line.
          let end = 0
          for (const element of node.children ?? []) {
            end += String(element.value ?? '').length + 1
            if (offset < end) return built().at(element.offset).line
          }
          return lineOf(path) ?? 0
        },
      }
    },
  }
}
