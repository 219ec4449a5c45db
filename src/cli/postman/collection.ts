import { scopeValues, type Variables, variableList } from './variables.ts'

// Walks a Postman collection's items depth first, in collection order, without recursion: a collection
// nested a thousand folders deep is read like any other, in time linear in its size.

interface RequestItem {
  /** Folders and the request's name joined by " / " (the collection's name is left out). */
  path: string
  request: unknown
  /** Where the item sits in the collection's JSON, e.g. ["item", 0, "item", 2], for --fix. */
  pointer: (string | number)[]
  /** Variable values seen by the request: collection, enclosing folders (inner wins), then --env. */
  values: ReadonlyMap<string, string>
}

export interface Walk {
  items: RequestItem[]
  defects: string[]
}

/** A folder's name and its parent, so that a path is built only when it is needed. */
interface Name {
  name: string
  parent: Name | undefined
}

/** A JSON path kept as a linked list, built into an array only for request items. */
interface Step {
  key: string | number
  parent: Step | undefined
}

function pointerOf(step: Step | undefined): (string | number)[] {
  const keys: (string | number)[] = []
  for (let s = step; s; s = s.parent) keys.push(s.key)
  return keys.reverse()
}

interface Frame {
  items: unknown[]
  at: Step
  next: number
  names: Name | undefined
  values: ReadonlyMap<string, string>
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function pathOf(names: Name | undefined): string {
  const parts: string[] = []
  for (let n = names; n; n = n.parent) parts.push(n.name)
  return parts.reverse().join(' / ')
}

export function walkCollection(doc: Record<string, unknown>, env: Variables): Walk {
  const defects: string[] = []
  const defect = (reason: string) => defects.push(reason)
  const items: RequestItem[] = []
  const top = doc.item
  if (!Array.isArray(top)) {
    defect(top === undefined ? 'the collection has no "item" list' : '"item" is not a list')
    return { items, defects }
  }
  const collectionVars = variableList(doc.variable, defect, 'collection')
  const stack: Frame[] = [
    {
      items: top,
      at: { key: 'item', parent: undefined },
      next: 0,
      names: undefined,
      values: scopeValues(new Map(), collectionVars, env),
    },
  ]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.next >= frame.items.length) {
      stack.pop()
      continue
    }
    const index = frame.next++
    const item = frame.items[index]
    const name = isObject(item) && typeof item.name === 'string' ? item.name : `item ${index + 1}`
    const names = { name, parent: frame.names }
    const at = { key: index, parent: frame.at }
    const where = () => `item "${pathOf(names)}"`
    if (!isObject(item)) {
      defect(`${where()} is not an object`)
      continue
    }
    const own = item.variable === undefined ? {} : variableList(item.variable, defect, where())
    const values = scopeValues(frame.values, own, env)
    if (item.item !== undefined) {
      if (Array.isArray(item.item))
        stack.push({ items: item.item, at: { key: 'item', parent: at }, next: 0, names, values })
      else defect(`${where()}: "item" is not a list`)
    } else if (item.request === undefined || item.request === null) {
      defect(`${where()} has no request`)
    } else {
      items.push({ path: pathOf(names), request: item.request, pointer: pointerOf(at), values })
    }
  }
  return { items, defects }
}
