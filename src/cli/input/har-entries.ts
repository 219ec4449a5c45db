import { KNOWN_HOSTS } from '../../shared/bill/hosts.ts'
import type { HarEntryRanges } from './har-scan.ts'

/**
 * Text that cannot hold a BILL URL: none of BILL's host names in it (the engine also finds BILL URLs
 * carried inside a proxy's URL, percent-encoded or not: the host name is there all the same) and no
 * {{variable}}.
 */
export const MAY_BE_BILL = new RegExp(
  [...KNOWN_HOSTS.map((h) => h.host.replace(/\./g, '\\.')), '\\{\\{', '%7b%7b'].join('|'),
  'i',
)

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
 * all) and only parsing tells. The URL is read as Latin-1: BILL's host names are ASCII, and any other
 * byte cannot match them.
 */
export function lazyEntries(bytes: Buffer, { bounds }: HarEntryRanges): HarEntries {
  const at = (i: number, k: number) => bounds[4 * i + k] as number
  return {
    count: bounds.length / 4,
    mayBeBill(i) {
      if (at(i, 2) < 0) return true
      const url = bytes.toString('latin1', at(i, 2), at(i, 3))
      return url.includes('\\') || MAY_BE_BILL.test(url)
    },
    hasUrl: (i) => at(i, 2) >= 0,
    entry: (i) => JSON.parse(bytes.toString('utf8', at(i, 0), at(i, 1))),
  }
}
