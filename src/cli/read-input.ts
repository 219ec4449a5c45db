import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { type HarLog, isHar } from '../shared/har/types.ts'

export type Input =
  | { kind: 'har'; doc: HarLog }
  | { kind: 'postman'; doc: object }
  | { kind: 'source'; text: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'unusable'; reason: string }

/** Walked files bigger than this are read only when they look like JSON (a HAR or a collection). */
const WALKED_SOURCE_LIMIT = 5 * 1024 * 1024
/** Node cannot hold a longer string. */
const MAX_BYTES = 0x1fffffe8

const JSON_EXTENSIONS = new Set(['.json', '.har'])

export function isPostmanCollection(doc: unknown): doc is object {
  if (typeof doc !== 'object' || doc === null) return false
  const info = (doc as { info?: { schema?: unknown } }).info
  return typeof info?.schema === 'string' && info.schema.toLowerCase().includes('postman')
}

const firstNonSpace = (buf: Buffer) => {
  for (let i = 0; i < Math.min(buf.length, 4096); i++) {
    const c = buf[i]
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xef && c !== 0xbb && c !== 0xbf)
      return c
  }
  return undefined
}

/** Reads a file and tells by its content what it is: HAR, Postman collection, or source to scan. */
export async function readInput(path: string, explicit: boolean): Promise<Input> {
  let buf: Buffer
  try {
    const { size } = await stat(path)
    if (size > MAX_BYTES) return { kind: 'unusable', reason: `too large (${size} bytes)` }
    buf = await readFile(path)
  } catch (e) {
    return {
      kind: 'unusable',
      reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e),
    }
  }
  if (buf.subarray(0, 8000).includes(0)) {
    return explicit ? { kind: 'unusable', reason: 'binary file' } : { kind: 'skipped', reason: 'binary' }
  }
  const first = firstNonSpace(buf)
  const looksJson = first === 0x7b || first === 0x5b
  if (!explicit && !looksJson && buf.length > WALKED_SOURCE_LIMIT) return { kind: 'skipped', reason: 'huge' }
  const text = buf.toString('utf8')
  const jsonByName = JSON_EXTENSIONS.has(extname(path).toLowerCase())
  if (!looksJson && !jsonByName) return { kind: 'source', text }
  let doc: unknown
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    // A .js file may start with "{" and still be code; a .json/.har file must parse.
    return jsonByName
      ? { kind: 'unusable', reason: `broken JSON: ${(e as Error).message}` }
      : { kind: 'source', text }
  }
  if (isHar(doc)) return { kind: 'har', doc }
  if (isPostmanCollection(doc)) return { kind: 'postman', doc }
  return { kind: 'source', text }
}
