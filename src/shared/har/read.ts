import { spaceEnd } from '../json/skip.ts'
import { type HarEntries, locateEntries, parsedEntries } from './entries.ts'
import { isHar } from './types.ts'

// The HAR inspector's way into a file (bill-mfa-lint reads the same entries, read-input.ts, telling HAR files
// from other JSON on its own): its entries, located in the bytes and parsed one by one, or one sentence.

const UTF8 = new TextDecoder()
const hasBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf

/** The entries of a HAR file's UTF-8 bytes (a BOM allowed), or one sentence naming the problem. */
export function readHar(bytes: Uint8Array, name: string): { entries: HarEntries } | { error: string } {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes
  if (spaceEnd(body, 0) >= body.length) return { error: `${name} is empty.` }
  // Anything the scan does not follow (an escaped key, a broken file) is parsed whole, for JSON's verdict.
  let entries = locateEntries(body)
  if (!entries) {
    let doc: unknown
    try {
      doc = JSON.parse(UTF8.decode(body))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { error: `${name} is not valid JSON (${reason}), so it is no HAR file.` }
    }
    if (!isHar(doc)) return { error: `${name} is JSON but not a HAR file: it has no "log.entries" list.` }
    entries = parsedEntries(doc.log.entries)
  }
  if (entries.count === 0) return { error: `${name} holds no requests ("log.entries" is empty).` }
  return { entries }
}
