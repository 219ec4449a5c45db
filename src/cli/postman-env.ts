import { readFile } from 'node:fs/promises'

export type Variables = Record<string, unknown>

/** The enabled values of a Postman environment (or globals) export, by key. */
export function environmentValues(doc: unknown): Variables | undefined {
  const values = typeof doc === 'object' && doc !== null ? (doc as { values?: unknown }).values : undefined
  if (!Array.isArray(values)) return undefined
  const vars: Variables = {}
  for (const v of values) {
    if (typeof v !== 'object' || v === null) continue
    const { key, value, enabled } = v as { key?: unknown; value?: unknown; enabled?: unknown }
    if (typeof key === 'string' && enabled !== false) vars[key] = value
  }
  return vars
}

/** Loads `--env FILE`; a missing or malformed file is a reason string, reported as unusable input. */
export async function loadEnvironment(path: string): Promise<Variables | string> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return 'no such file'
  }
  try {
    return environmentValues(JSON.parse(text)) ?? 'not a Postman environment (no "values" array)'
  } catch (e) {
    return `broken JSON: ${(e as Error).message}`
  }
}
