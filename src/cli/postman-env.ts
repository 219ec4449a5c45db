import { readRegularFile } from './input/read-file.ts'
import { type Variables, variableList } from './postman/variables.ts'

const ENV_LIMIT = 16 * 1024 * 1024

/** The enabled values of a Postman environment (or globals) export, by key. */
function environmentValues(doc: unknown): Variables | string {
  const values = typeof doc === 'object' && doc !== null ? (doc as { values?: unknown }).values : undefined
  if (!Array.isArray(values)) return 'not a Postman environment (no "values" array)'
  const defects: string[] = []
  const vars = variableList(values, (d) => defects.push(d), 'environment')
  return defects.length > 0 ? `malformed Postman environment: ${defects[0]}` : vars
}

/** Loads `--env FILE`; a missing or malformed file is a reason string, reported as unusable input. */
export function loadEnvironment(path: string): Variables | string {
  const read = readRegularFile(path, ENV_LIMIT)
  if (!read.ok) return read.reason
  try {
    return environmentValues(JSON.parse(read.text))
  } catch (e) {
    return `broken JSON: ${(e as Error).message}`
  }
}
