import type { JsonLines, JsonPath } from '../client-scripts/json-lines.ts'
import type { ClientScript } from '../client-scripts/script-effects.ts'

// The scripts of a Postman collection: `event[]` of the collection, of each folder and of each request,
// `listen` "prerequest" (run before the request, outermost first) or "test" (after the response).

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export interface OwnScripts {
  prerequest: ClientScript[]
  test: ClientScript[]
}

/** The enabled scripts of one collection, folder or item (`owner`, found at `pointer` in the file). */
function ownScripts(owner: unknown, pointer: JsonPath, lines: JsonLines): OwnScripts {
  const out: OwnScripts = { prerequest: [], test: [] }
  const events = isObject(owner) ? owner.event : undefined
  if (!Array.isArray(events)) return out
  for (const [i, event] of events.entries()) {
    if (!isObject(event) || event.disabled === true || !isObject(event.script)) continue
    const listen = event.listen === 'prerequest' || event.listen === 'test' ? event.listen : undefined
    const exec = event.script.exec
    const text = typeof exec === 'string' ? exec : Array.isArray(exec) ? exec.map(String).join('\n') : ''
    if (!listen || !text.trim()) continue
    out[listen].push(lines.script([...pointer, 'event', i, 'script', 'exec'], text))
  }
  return out
}

/** The value at a JSON path of the collection (`["item", 0, "item", 2]`), or undefined. */
function valueAt(doc: unknown, pointer: JsonPath): unknown {
  let at: unknown = doc
  for (const key of pointer) at = isObject(at) ? (at as Record<string | number, unknown>)[key] : undefined
  return at
}

/**
 * The scripts of every owner on the way to each item (collection, folders, the item), each owner read
 * once. `chain(pointer)` gives an item's pre-request scripts, outermost first; `all` every script.
 */
export function collectionScripts(doc: unknown, lines: JsonLines) {
  const owners = new Map<string, OwnScripts>()
  const all: ClientScript[] = []
  const ownerAt = (pointer: JsonPath) => {
    const key = JSON.stringify(pointer)
    let own = owners.get(key)
    if (!own) {
      own = ownScripts(valueAt(doc, pointer), pointer, lines)
      owners.set(key, own)
      all.push(...own.prerequest, ...own.test)
    }
    return own
  }
  const chain = (pointer: JsonPath): ClientScript[] => {
    const scripts = [...ownerAt([]).prerequest]
    // Folders and the item sit at ["item", i], ["item", i, "item", j]...: every prefix of even length.
    for (let end = 2; end <= pointer.length; end += 2)
      scripts.push(...ownerAt(pointer.slice(0, end)).prerequest)
    return scripts
  }
  return { chain, all }
}
