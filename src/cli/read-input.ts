import { extname } from 'node:path'
import { type ParseError, parse as parseJsonc } from 'jsonc-parser'
import { type HarEntries, locateEntries, parsedEntries } from '../shared/har/entries.ts'
import { isHar } from '../shared/har/types.ts'
import { readRegularBytes } from './input/read-file.ts'
import { isInsomniaExport } from './insomnia/export.ts'
import { isInsomniaV5 } from './insomnia/export-v5.ts'
import { isOwnOutput, PACKAGE_NAME } from './own-output.ts'

export type Input =
  | { kind: 'har'; entries: HarEntries }
  | { kind: 'postman'; doc: object; text: string }
  /** An Insomnia v4 export (`resources[]`). */
  | { kind: 'insomnia'; doc: { resources: unknown[] }; text: string }
  /** An Insomnia v5 export (YAML). */
  | { kind: 'insomnia-yaml'; text: string }
  /** A Bruno request file (.bru), told by its name: its blocks are not JSON. */
  | { kind: 'bruno'; text: string }
  /** Anything else that is text: source code, or JSON data (a tsconfig, a package.json). */
  | { kind: 'source'; source: SourceText; note?: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'unusable'; reason: string }

/** Node cannot hold a longer string; a named file up to this size is read. */
export const MAX_BYTES = 0x1fffffe8
/** Walked files bigger than this are skipped (a capture that large is named, not found by walking). */
const WALKED_LIMIT = 64 * 1024 * 1024
/** Walked files bigger than this are read only when they look like JSON (a HAR or a collection). */
const WALKED_SOURCE_LIMIT = 5 * 1024 * 1024

/** How much of a JSON file's start is looked at to tell a capture or a collection from other JSON. */
const CAPTURE_HEAD = 64 * 1024
/** HAR's "log" / "entries" keys, Postman's schema URL or Insomnia's export format, near the start (or end). */
const MAY_BE_CAPTURE = /"(?:log|entries|__export_format)"\s*:|getpostman\.com/

const JSON_EXTENSIONS = new Set(['.json', '.har', '.jsonc'])

/**
 * A source file: its bytes as Latin-1 for the cheap pre-filter (BILL's words are ASCII and read the same,
 * at a third of the cost of UTF-8), and its UTF-8 text, decoded on first use: most files of a tree never are.
 */
interface SourceText {
  latin1: string
  text(): string
}

const sourceOf = (bytes: Buffer, known: { latin1?: string | undefined; text?: string } = {}): SourceText => {
  let text = known.text
  return { latin1: known.latin1 ?? bytes.toString('latin1'), text: () => (text ??= bytes.toString('utf8')) }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

function isPostmanCollection(doc: unknown): doc is object {
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

/** JSON, else JSON with comments and trailing commas (tsconfig, VS Code settings), else the parse error. */
function parseJson(text: string): { doc: unknown } | { error: string } {
  try {
    return { doc: JSON.parse(text) }
  } catch (e) {
    const errors: ParseError[] = []
    const doc = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false })
    return errors.length === 0 ? { doc } : { error: (e as Error).message }
  }
}

/** Reads a file and tells by its content what it is: HAR, Postman collection, or text to scan. */
export function readInput(path: string, explicit: boolean): Input {
  let looksJson = false
  let own = false
  const read = readRegularBytes(path, explicit ? MAX_BYTES : WALKED_LIMIT, (head, size) => {
    if (head.includes(0)) return explicit ? 'binary file' : 'binary'
    const first = firstNonSpace(head)
    looksJson = first === 0x7b || first === 0x5b
    // Its reports start with what names them (`"tool"`, SARIF's driver): the first bytes tell.
    const from = head.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0
    own = looksJson && isOwnOutput(head.toString('latin1', from, from + 512))
    if (own) return 'its own report or baseline'
    return !explicit && !looksJson && size > WALKED_SOURCE_LIMIT ? 'over 5 MB and not JSON' : undefined
  })
  // A report or baseline this tool wrote quotes every finding: never read back, even when named.
  if (own)
    return { kind: 'skipped', reason: `skipped: a ${PACKAGE_NAME} report or baseline (its own output)` }
  if (!read.ok)
    return explicit
      ? { kind: 'unusable', reason: read.reason }
      : { kind: 'skipped', reason: `skipped: ${read.reason}` }
  const big = read.size > WALKED_SOURCE_LIMIT
  if (extname(path).toLowerCase() === '.bru') return { kind: 'bruno', text: read.bytes.toString('utf8') }
  if (isInsomniaV5(path, read.bytes.toString('latin1', 0, 4096)))
    return { kind: 'insomnia-yaml', text: read.bytes.toString('utf8') }
  const jsonByName = JSON_EXTENSIONS.has(extname(path).toLowerCase())
  if (!looksJson && !jsonByName) return { kind: 'source', source: sourceOf(read.bytes) }
  // JSON's structure, HAR's keys and BILL's host names are ASCII: they are looked for in the bytes (or
  // their Latin-1 view, a third of the cost of decoding UTF-8). Only what is parsed gets decoded.
  const bytes = read.bytes.subarray(0, 3).equals(UTF8_BOM) ? read.bytes.subarray(3) : read.bytes
  // A walked JSON file is parsed only when it may be a HAR or a collection: most are configuration and
  // data, scanned as text like any other file (and only when small enough to be hand-written).
  const head = bytes.toString('latin1', 0, CAPTURE_HEAD)
  // Most walked JSON files are small: their head is all of them, and the pre-filter reuses it.
  const whole = bytes.length <= CAPTURE_HEAD ? head : undefined
  const tail = whole ?? bytes.toString('latin1', bytes.length - 4096)
  if (!explicit && !MAY_BE_CAPTURE.test(head) && !MAY_BE_CAPTURE.test(tail.slice(-4096))) {
    return big
      ? { kind: 'skipped', reason: 'skipped: over 5 MB and not a HAR or Postman collection' }
      : { kind: 'source', source: sourceOf(read.bytes, { latin1: whole }) }
  }
  // A HAR in plain JSON is located entry by entry, not parsed whole (see shared/har/scan.ts).
  const located = locateEntries(bytes)
  if (located) return { kind: 'har', entries: located }
  const raw = read.bytes.toString('utf8')
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const parsed = parseJson(text)
  if ('error' in parsed) {
    // A named .json/.har file must parse; a walked one, or code that starts with "{", is scanned as text.
    if (jsonByName && explicit) return { kind: 'unusable', reason: `broken JSON: ${parsed.error}` }
    if (big) return { kind: 'skipped', reason: 'skipped: over 5 MB and not valid JSON' }
    return {
      kind: 'source',
      source: sourceOf(read.bytes, { text: raw }),
      ...(jsonByName ? { note: 'not valid JSON: scanned as text' } : {}),
    }
  }
  // The text of a capture is not kept: HAR files are never rewritten, and it can be large.
  if (isHar(parsed.doc)) return { kind: 'har', entries: parsedEntries(parsed.doc.log.entries) }
  if (isPostmanCollection(parsed.doc)) return { kind: 'postman', doc: parsed.doc, text: raw }
  if (isInsomniaExport(parsed.doc)) return { kind: 'insomnia', doc: parsed.doc, text: raw }
  if (!explicit && big)
    return { kind: 'skipped', reason: 'skipped: over 5 MB and not a HAR or Postman collection' }
  return { kind: 'source', source: sourceOf(read.bytes, { text: raw }) }
}
