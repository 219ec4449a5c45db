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

/**
 * The scripts of every owner on the way to each item (collection, folders, the item), each owner read
 * once. `chain(pointer)` gives an item's pre-request scripts, outermost first; `all` every script. Each
 * folder keeps the chain down to it, so a collection nested deep costs its depth once per item.
 */
export function collectionScripts(doc: unknown, lines: JsonLines) {
  const chains = new Map<unknown, readonly ClientScript[]>()
  const all: ClientScript[] = []
  const chainOf = (owner: unknown, pointer: JsonPath, outer: readonly ClientScript[]) => {
    let known = chains.get(owner)
    if (!known) {
      const own = ownScripts(owner, pointer, lines)
      all.push(...own.prerequest, ...own.test)
      known = own.prerequest.length === 0 ? outer : [...outer, ...own.prerequest]
      chains.set(owner, known)
    }
    return known
  }
  const chain = (pointer: JsonPath): readonly ClientScript[] => {
    let at: unknown = doc
    let scripts = chainOf(doc, [], [])
    // Folders and the item sit at ["item", i], ["item", i, "item", j]...: every prefix of even length.
    for (let end = 2; end <= pointer.length && isObject(at); end += 2) {
      const list = at[pointer[end - 2] as string]
      at = Array.isArray(list) ? list[pointer[end - 1] as number] : undefined
      if (isObject(at)) scripts = chainOf(at, pointer.slice(0, end), scripts)
    }
    return scripts
  }
  return { chain, all }
}
