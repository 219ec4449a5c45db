// Postman {{variable}} resolution over scopes: collection, then each enclosing folder, then --env
// (which wins, as the environment does in Postman). Values may refer to other variables.

export type Variables = Record<string, unknown>

const REFERENCE = /\{\{([^{}]+)\}\}/g
/** Postman resolves nested references a bounded number of times; so do we, and cap the growth. */
const MAX_PASSES = 5
const MAX_LENGTH = 1024 * 1024

export type Resolve = (text: string) => string

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/**
 * The values of a scope: the enclosing scope's, overridden by this scope's variables, overridden by the
 * environment's. Shared unchanged when the scope defines nothing.
 */
export function scopeValues(
  outer: ReadonlyMap<string, string>,
  own: Variables,
  env: Variables,
): ReadonlyMap<string, string> {
  const keys = Object.keys(own)
  if (keys.length === 0 && outer.size > 0) return outer
  const values = new Map(outer)
  for (const scope of [own, env]) {
    for (const [key, value] of Object.entries(scope)) {
      const text = asText(value)
      if (text !== undefined) values.set(key, text)
    }
  }
  return values
}

/** Replaces {{name}} by its value; unknown references stay as written. */
export function resolver(values: ReadonlyMap<string, string>): Resolve {
  if (values.size === 0) return (text) => text
  return (text) => {
    let out = text
    for (let pass = 0; pass < MAX_PASSES && out.includes('{{'); pass++) {
      const next = out.replace(REFERENCE, (whole, name: string) => values.get(name.trim()) ?? whole)
      if (next === out || next.length > MAX_LENGTH) break
      out = next
    }
    return out
  }
}

/** The enabled variables of a `variable` (collection, folder) or `values` (environment) array. */
export function variableList(list: unknown, defect: (reason: string) => void, where: string): Variables {
  const vars: Variables = {}
  if (list === undefined) return vars
  if (!Array.isArray(list)) {
    defect(`${where}: variables are not a list`)
    return vars
  }
  for (const [i, v] of list.entries()) {
    const { key, value, enabled, disabled } = (typeof v === 'object' && v !== null ? v : {}) as Record<
      string,
      unknown
    >
    if (typeof key !== 'string') defect(`${where}: variable ${i + 1} has no text key`)
    else if (enabled !== false && disabled !== true) vars[key] = value
  }
  return vars
}

/** Values with `extra` laid over them (variables a script sets), shared unchanged when there are none. */
export function withValues(
  values: ReadonlyMap<string, string>,
  extra: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  return extra.size === 0 ? values : new Map([...values, ...extra])
}
