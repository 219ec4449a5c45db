// Finds the entries of a HAR in its bytes without parsing them. A capture is mostly traffic that cannot
// be BILL's (scripts, images, analytics); building the whole object tree of a 50 MB file costs more than
// linting it, so the linter parses only the entries whose request URL may be BILL's.
//
// The scan checks the document's structure (brackets, commas, colons, keys, numbers and literals) the way
// JSON.parse does, and jumps over string contents: an entry that is parsed later gets JSON's full checks;
// an entry that is never parsed is not checked for escapes inside its strings. Anything unusual
// (comments, trailing commas, an escaped "log" key) makes the scan give up, and the caller parses the
// file whole as before. The scan reads the file's UTF-8 bytes (see src/shared/json/skip.ts): offsets are
// byte offsets, and no string of the whole file is built.

import {
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  endOfString,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  skipValue,
  spaceEnd,
  unitsAre,
} from '../../shared/json/skip.ts'

/** Where each entry's JSON text, and its request URL's JSON string, start and end in the file's bytes. */
export interface HarEntryRanges {
  /** Four offsets per entry: its start and end, then its request URL's (quotes included), or -1 -1. */
  bounds: number[]
}

/** Reads a member's value starting at `at`; returns where it ends, or -1 when it is not JSON. */
type ReadValue = (at: number) => number

/**
 * Walks the object whose "{" is at `at`, reading the value of each member named `name` (key with its
 * quotes) with `read`, and skipping the others. Returns where the object ends, or -1.
 */
function walkObject(t: Uint8Array, at: number, name: string, read: ReadValue): number {
  let i = spaceEnd(t, at + 1)
  if (t[i] === CLOSE_OBJECT) return i + 1
  for (;;) {
    if (t[i] !== QUOTE) return -1
    const keyEnd = endOfString(t, i)
    if (keyEnd < 0) return -1
    const named = keyEnd - i === name.length && unitsAre(t, i, name)
    i = spaceEnd(t, keyEnd)
    if (t[i] !== COLON) return -1
    i = spaceEnd(t, i + 1)
    i = named ? read(i) : skipValue(t, i)
    if (i < 0) return -1
    i = spaceEnd(t, i)
    const c = t[i]
    if (c === CLOSE_OBJECT) return i + 1
    if (c !== COMMA) return -1
    i = spaceEnd(t, i + 1)
  }
}

/** Walks the array whose "[" is at `at`, reading each element with `read`. Returns its end, or -1. */
function walkArray(t: Uint8Array, at: number, read: ReadValue): number {
  let i = spaceEnd(t, at + 1)
  if (t[i] === CLOSE_ARRAY) return i + 1
  for (;;) {
    i = read(i)
    if (i < 0) return -1
    i = spaceEnd(t, i)
    const c = t[i]
    if (c === CLOSE_ARRAY) return i + 1
    if (c !== COMMA) return -1
    i = spaceEnd(t, i + 1)
  }
}

/**
 * The entries of a HAR (`{"log": {"entries": [...]}}`), located in its text with each one's request URL;
 * undefined when the text is not a HAR in plain JSON, or when the scan gives up (the caller then parses
 * the file whole). As with JSON.parse, the last of repeated keys counts.
 */
export function scanHarEntries(t: Uint8Array): HarEntryRanges | undefined {
  let bounds: number[] | undefined
  // A member whose value is not the container looked for is skipped, and forgets an earlier one.
  const within = (open: number, walk: ReadValue, forget: () => void): ReadValue => {
    return (at) => {
      forget()
      return t[at] === open ? walk(at) : skipValue(t, at)
    }
  }
  const entry: ReadValue = (at) => {
    let url = -1
    let urlEnd = -1
    const forgetUrl = () => {
      url = -1
    }
    const urlMember = within(
      QUOTE,
      (v) => {
        url = v
        urlEnd = endOfString(t, v)
        return urlEnd
      },
      forgetUrl,
    )
    const requestMember = within(OPEN_OBJECT, (r) => walkObject(t, r, '"url"', urlMember), forgetUrl)
    const end = t[at] === OPEN_OBJECT ? walkObject(t, at, '"request"', requestMember) : skipValue(t, at)
    bounds?.push(at, end, url, url < 0 ? -1 : urlEnd)
    return end
  }
  const forgetEntries = () => {
    bounds = undefined
  }
  const entries = within(
    OPEN_ARRAY,
    (a) => {
      bounds = []
      return walkArray(t, a, entry)
    },
    forgetEntries,
  )
  const log = within(OPEN_OBJECT, (l) => walkObject(t, l, '"entries"', entries), forgetEntries)
  const start = spaceEnd(t, 0)
  if (t[start] !== OPEN_OBJECT) return undefined
  const end = walkObject(t, start, '"log"', log)
  if (end < 0 || spaceEnd(t, end) < t.length) return undefined
  return bounds && { bounds }
}
