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

/**
 * Where each entry's JSON text, its request URL, its response body and its start time start and end in the
 * file's bytes.
 */
export interface HarEntryRanges {
  /**
   * Eight offsets per entry: its start and end, then the JSON strings (quotes included) of its request URL,
   * its response.content.text and its startedDateTime; -1 -1 for a string that is not there.
   */
  bounds: number[]
}

/** Offsets per entry in HarEntryRanges.bounds. */
export const STRIDE = 8

/** Reads a member's value starting at `at`; returns where it ends, or -1 when it is not JSON. */
type ReadValue = (at: number) => number

/** Member names (keys with their quotes) and how to read their values. */
type Readers = readonly (readonly [string, ReadValue])[]

function readerOf(t: Uint8Array, key: number, keyEnd: number, readers: Readers): ReadValue | undefined {
  for (const [name, read] of readers) if (keyEnd - key === name.length && unitsAre(t, key, name)) return read
  return undefined
}

/**
 * Walks the object whose "{" is at `at`, reading the value of each member named in `readers` with its
 * reader, and skipping the others. Returns where the object ends, or -1.
 */
function walkObject(t: Uint8Array, at: number, readers: Readers): number {
  let i = spaceEnd(t, at + 1)
  if (t[i] === CLOSE_OBJECT) return i + 1
  for (;;) {
    if (t[i] !== QUOTE) return -1
    const keyEnd = endOfString(t, i)
    if (keyEnd < 0) return -1
    const read = readerOf(t, i, keyEnd, readers)
    i = spaceEnd(t, keyEnd)
    if (t[i] !== COLON) return -1
    i = spaceEnd(t, i + 1)
    i = read ? read(i) : skipValue(t, i)
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
  /** A JSON string member: where it starts and ends, kept by `keep` (forgotten as -1 -1). */
  const stringMember = (keep: (from: number, to: number) => void) =>
    within(
      QUOTE,
      (v) => {
        const end = endOfString(t, v)
        keep(v, end)
        return end
      },
      () => keep(-1, -1),
    )
  // The current entry's request URL, response body and start time; the readers are made once per file.
  let url = -1
  let urlEnd = -1
  let text = -1
  let textEnd = -1
  let started = -1
  let startedEnd = -1
  const urlMember = stringMember((from, to) => {
    url = from
    urlEnd = to
  })
  const textMember = stringMember((from, to) => {
    text = from
    textEnd = to
  })
  const startedMember = stringMember((from, to) => {
    started = from
    startedEnd = to
  })
  const forgetUrl = () => {
    url = -1
  }
  const forgetText = () => {
    text = -1
  }
  const inRequest: Readers = [['"url"', urlMember]]
  const inContent: Readers = [['"text"', textMember]]
  const request = within(OPEN_OBJECT, (r) => walkObject(t, r, inRequest), forgetUrl)
  const content = within(OPEN_OBJECT, (c) => walkObject(t, c, inContent), forgetText)
  const inResponse: Readers = [['"content"', content]]
  const response = within(OPEN_OBJECT, (r) => walkObject(t, r, inResponse), forgetText)
  const entryMembers: Readers = [
    ['"request"', request],
    ['"response"', response],
    ['"startedDateTime"', startedMember],
  ]
  const entry: ReadValue = (at) => {
    url = -1
    text = -1
    started = -1
    const end = t[at] === OPEN_OBJECT ? walkObject(t, at, entryMembers) : skipValue(t, at)
    bounds?.push(at, end, url, url < 0 ? -1 : urlEnd, text, text < 0 ? -1 : textEnd)
    bounds?.push(started, started < 0 ? -1 : startedEnd)
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
  const inLog: Readers = [['"entries"', entries]]
  const log = within(OPEN_OBJECT, (l) => walkObject(t, l, inLog), forgetEntries)
  const start = spaceEnd(t, 0)
  if (t[start] !== OPEN_OBJECT) return undefined
  const end = walkObject(t, start, [['"log"', log]])
  if (end < 0 || spaceEnd(t, end) < t.length) return undefined
  return bounds && { bounds }
}
