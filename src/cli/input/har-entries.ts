import { BILL_URL_TERMS } from '../../shared/bill/scope.ts'
import type { HarEntryRanges } from './har-scan.ts'

/** Text without any of these cannot be a BILL request (see BILL_URL_TERMS). */
const TERMS = BILL_URL_TERMS.map((t) => t.toLowerCase())

export const MAY_BE_BILL = new RegExp(TERMS.map((t) => t.replace(/[.{}/]/g, '\\$&')).join('|'), 'i')

const TERM_BYTES = TERMS.map((t) => Buffer.from(t, 'latin1'))
/** Bytes a term starts with, either case. */
const STARTS = new Uint8Array(256)
for (const t of TERMS) {
  STARTS[t.charCodeAt(0)] = 1
  STARTS[t.toUpperCase().charCodeAt(0)] = 1
}
const BACKSLASH = 0x5c
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
  /** False when nothing in entry i names a BILL host or a variable: it cannot be a BILL request. */
  mayBeBill(i: number): boolean
  /** Whether entry i has a request URL (asked only of entries that cannot be BILL's). */
  hasUrl(i: number): boolean
  /** Entry i as JSON; throws a SyntaxError when its text is not JSON. */
  entry(i: number): unknown
}

export function parsedEntries(list: readonly unknown[]): HarEntries {
  return {
    count: list.length,
    mayBeBill: () => true,
    hasUrl: (i) => typeof (list[i] as { request?: { url?: unknown } } | null)?.request?.url === 'string',
    entry: (i) => list[i],
  }
}

/**
 * Entries located by scanHarEntries in a file's UTF-8 bytes: an entry is decoded and parsed only when
 * its request URL may be BILL's, or when the URL is not a plain JSON string (escapes, or not a string at
 * all) and only parsing tells.
 */
export function lazyEntries(bytes: Buffer, { bounds }: HarEntryRanges): HarEntries {
  const at = (i: number, k: number) => bounds[4 * i + k] as number
  return {
    count: bounds.length / 4,
    mayBeBill: (i) => at(i, 2) < 0 || mayBeBillBytes(bytes, at(i, 2), at(i, 3)),
    hasUrl: (i) => at(i, 2) >= 0,
    entry: (i) => JSON.parse(bytes.toString('utf8', at(i, 0), at(i, 1))),
  }
}
