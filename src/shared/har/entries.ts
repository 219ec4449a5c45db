import { BILL_URL_TERMS } from '../bill/scope.ts'
import { BACKSLASH } from '../json/skip.ts'
import { type HarEntryRanges, STRIDE, scanHarEntries } from './scan.ts'
import { startedAtMs } from './started-at.ts'

// A capture's entries, for every reader of HAR files (bill-mfa-lint, the HAR inspector's worker): located in
// the file's bytes by scan.ts and parsed one by one, on demand, or taken from a document parsed whole.

/** Text without any of these cannot be a BILL request (see BILL_URL_TERMS). */
const TERMS = BILL_URL_TERMS.map((t) => t.toLowerCase())

export const MAY_BE_BILL = new RegExp(TERMS.map((t) => t.replace(/[.{}/]/g, '\\$&')).join('|'), 'i')

const TERM_BYTES = TERMS.map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0)))
/** Bytes a term starts with, either case. */
const STARTS = new Uint8Array(256)
for (const t of TERMS) {
  STARTS[t.charCodeAt(0)] = 1
  STARTS[t.toUpperCase().charCodeAt(0)] = 1
}
const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)

/**
 * MAY_BE_BILL on a URL's JSON string in a file's bytes, or a backslash in it (an escape: only parsing
 * tells what the URL is). Read as Latin-1 without making a string of it: most URLs of a capture are
 * looked at only here.
 */
export function mayBeBillBytes(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = bytes[i] as number
    if (c === BACKSLASH) return true
    if (STARTS[c] === 0) continue
    for (const term of TERM_BYTES) {
      if (term[0] !== lower(c) || i + term.length > to) continue
      let k = 1
      while (k < term.length && lower(bytes[i + k] as number) === term[k]) k++
      if (k === term.length) return true
    }
  }
  return false
}

/** The entries of a capture: parsed already, or located in the file's text and parsed on demand. */
export interface HarEntries {
  readonly count: number
  /** False when entry i's URL holds none of BILL_URL_TERMS (host, path, variable): it cannot be BILL's. */
  mayBeBill(i: number): boolean
  /** Whether entry i has a request URL (asked only of entries that cannot be BILL's). */
  hasUrl(i: number): boolean
  /** Entry i's start time as its row will have it (startedAtMs), without parsing the entry. */
  startedAt(i: number): number
  /**
   * Entry i as JSON; throws a SyntaxError when its text is not JSON. Without `withBody`, its response body
   * (response.content.text) may read null: most of a capture's bytes, and never needed for other traffic.
   */
  entry(i: number, withBody?: boolean): unknown
  /** The JSON text entry(i, withBody) parses: what the HAR inspector's reader sends the page for later. */
  entryText(i: number, withBody?: boolean): string
}

export function parsedEntries(list: readonly unknown[]): HarEntries {
  return {
    count: list.length,
    mayBeBill: () => true,
    hasUrl: (i) => typeof (list[i] as { request?: { url?: unknown } } | null)?.request?.url === 'string',
    startedAt: (i) => startedAtMs((list[i] as { startedDateTime?: unknown } | null)?.startedDateTime),
    entry: (i) => list[i],
    entryText: (i) => JSON.stringify(list[i]) ?? 'null',
  }
}

const UTF8 = new TextDecoder()

/**
 * Entries located by scanHarEntries in a file's UTF-8 bytes, each decoded and parsed when asked for: the
 * linter asks only for those whose request URL may be BILL's (or is not a plain JSON string: escapes, or
 * not a string at all, and only parsing tells).
 */
export function lazyEntries(bytes: Uint8Array, { bounds }: HarEntryRanges): HarEntries {
  const at = (i: number, k: number) => bounds[STRIDE * i + k] as number
  const text = (from: number, to: number) => UTF8.decode(bytes.subarray(from, to))
  const entryText = (i: number, withBody = true) => {
    const body = at(i, 4)
    if (withBody || body < 0) return text(at(i, 0), at(i, 1))
    return `${text(at(i, 0), body)}null${text(at(i, 5), at(i, 1))}`
  }
  return {
    count: bounds.length / STRIDE,
    mayBeBill: (i) => at(i, 2) < 0 || mayBeBillBytes(bytes, at(i, 2), at(i, 3)),
    hasUrl: (i) => at(i, 2) >= 0,
    startedAt: (i) => {
      const from = at(i, 6)
      const to = at(i, 7)
      if (from < 0) return 0
      // A date is plain ASCII; a string with escapes is read by JSON (its entry is skipped if they are bad).
      if (bytes.subarray(from, to).indexOf(BACKSLASH) < 0) return startedAtMs(text(from + 1, to - 1))
      try {
        return startedAtMs(JSON.parse(text(from, to)))
      } catch {
        return 0
      }
    },
    entry: (i, withBody) => JSON.parse(entryText(i, withBody)),
    entryText,
  }
}

/** The entries of a HAR in plain JSON, located without parsing the file; undefined when the scan gives up. */
export function locateEntries(bytes: Uint8Array): HarEntries | undefined {
  const located = scanHarEntries(bytes)
  return located && lazyEntries(bytes, located)
}
