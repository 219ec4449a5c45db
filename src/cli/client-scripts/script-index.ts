import { type ClientScript, type ScriptEffects, scriptEffects } from './script-effects.ts'

// Every script of one file (a collection, an export, a .bru file), read once: which scripts set which
// variable, which write the body, and the variables whose value is a literal.

export interface ScriptIndex {
  /** The scripts that set each variable, by name. */
  setters: ReadonlyMap<string, readonly ClientScript[]>
  /** Scripts that write the body of the request they run with. */
  bodyWriters: ReadonlySet<ClientScript>
  /** Variables set to a literal (`pm.collectionVariables.set('flag', true)`): the value a request reads. */
  literals: ReadonlyMap<string, string>
  /** Requests scripts send themselves (`pm.sendRequest(…)`): the script and the call's range in it. */
  sends: readonly { script: ClientScript; start: number; end: number }[]
}

export function indexScripts(scripts: Iterable<ClientScript>): ScriptIndex {
  const setters = new Map<string, ClientScript[]>()
  const bodyWriters = new Set<ClientScript>()
  const literals = new Map<string, string>()
  const sends: { script: ClientScript; start: number; end: number }[] = []
  for (const script of scripts) {
    const effects: ScriptEffects = scriptEffects(script.text)
    if (effects.writesBody) bodyWriters.add(script)
    for (const range of effects.sends) sends.push({ script, ...range })
    for (const set of effects.sets) {
      const list = setters.get(set.name)
      if (list) list.push(script)
      else setters.set(set.name, [script])
      if (set.literal !== undefined) literals.set(set.name, set.literal)
    }
  }
  return { setters, bodyWriters, literals, sends }
}
