// Finds the entries of a HAR in its text without parsing them. A capture is mostly traffic that cannot
// be BILL's (scripts, images, analytics); building the whole object tree of a 50 MB file costs more than
// linting it, so the linter parses only the entries whose request URL may be BILL's.
//
// The scan checks the document's structure (brackets, commas, colons, keys, numbers and literals) the way
// JSON.parse does, and jumps over string contents: an entry that is parsed later gets JSON's full checks;
// an entry that is never parsed is not checked for escapes inside its strings. Anything unusual
// (comments, trailing commas, an escaped "log" key) makes the scan give up, and the caller parses the
// file whole as before. Plain loops, no recursion: the scan runs once per token of a 50 MB file.

/** Where each entry's JSON text, and its request URL's JSON string, start and end in the document. */
export interface HarEntryRanges {
  text: string
  /** Four offsets per entry: its start and end, then its request URL's (quotes included), or -1 -1. */
  bounds: number[]
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y

function spaceEnd(t: string, at: number): number {
  let i = at
  let c = t.charCodeAt(i)
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = t.charCodeAt(++i)
  return i
}

/** The end of the JSON string whose opening quote is at `at`, or -1. */
function endOfString(t: string, at: number): number {
  let from = at + 1
  for (;;) {
    const q = t.indexOf('"', from)
    if (q < 0) return -1
    let slashes = 0
    while (t.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++
    from = q + 1
    if (slashes % 2 === 0) return from
  }
}

/** After the "{" or "," of an object: skips `"key":` and returns where the value starts, or -1. */
function afterKey(t: string, at: number): number {
  const i = spaceEnd(t, at)
  if (t.charCodeAt(i) !== QUOTE) return -1
  const end = endOfString(t, i)
  if (end < 0) return -1
  const colon = spaceEnd(t, end)
  return t.charCodeAt(colon) === COLON ? colon + 1 : -1
}

const IN_OBJECT = 1
const IN_ARRAY = 2
/** Open containers of the value being skipped, up to a depth kept by skipValue (one value at a time). */
const open: number[] = []

/** The end of the JSON value starting at `from` (after spaces), or -1 when it is not JSON. */
export function skipValue(t: string, from: number): number {
  let depth = 0
  let i = from
  for (;;) {
    // A value.
    i = spaceEnd(t, i)
    const c = t.charCodeAt(i)
    if (c === QUOTE) {
      i = endOfString(t, i)
      if (i < 0) return -1
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const j = spaceEnd(t, i + 1)
      // "}" and "]" are two code points after "{" and "[".
      if (t.charCodeAt(j) === c + 2) i = j + 1
      else {
        open[depth++] = c === OPEN_OBJECT ? IN_OBJECT : IN_ARRAY
        i = c === OPEN_OBJECT ? afterKey(t, i + 1) : i + 1
        if (i < 0) return -1
        continue
      }
    } else {
      NUMBER_OR_LITERAL.lastIndex = i
      if (!NUMBER_OR_LITERAL.test(t)) return -1
      i = NUMBER_OR_LITERAL.lastIndex
    }
    // What follows a value: closing brackets, then a comma before the next value, or the end.
    for (;;) {
      if (depth === 0) return i
      const top = open[depth - 1]
      i = spaceEnd(t, i)
      const d = t.charCodeAt(i)
      if (d === COMMA) {
        i = top === IN_OBJECT ? afterKey(t, i + 1) : i + 1
        if (i < 0) return -1
        break
      }
      if (d !== (top === IN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) return -1
      depth--
      i++
    }
  }
}

/** Reads a member's value starting at `at`; returns where it ends, or -1 when it is not JSON. */
type ReadValue = (at: number) => number

/**
 * Walks the object whose "{" is at `at`, reading the value of each member named `name` (key with its
 * quotes) with `read`, and skipping the others. Returns where the object ends, or -1.
 */
function walkObject(t: string, at: number, name: string, read: ReadValue): number {
  let i = spaceEnd(t, at + 1)
  if (t.charCodeAt(i) === CLOSE_OBJECT) return i + 1
  for (;;) {
    if (t.charCodeAt(i) !== QUOTE) return -1
    const keyEnd = endOfString(t, i)
    if (keyEnd < 0) return -1
    const named = keyEnd - i === name.length && t.startsWith(name, i)
    i = spaceEnd(t, keyEnd)
    if (t.charCodeAt(i) !== COLON) return -1
    i = spaceEnd(t, i + 1)
    i = named ? read(i) : skipValue(t, i)
    if (i < 0) return -1
    i = spaceEnd(t, i)
    const c = t.charCodeAt(i)
    if (c === CLOSE_OBJECT) return i + 1
    if (c !== COMMA) return -1
    i = spaceEnd(t, i + 1)
  }
}

/** Walks the array whose "[" is at `at`, reading each element with `read`. Returns its end, or -1. */
function walkArray(t: string, at: number, read: ReadValue): number {
  let i = spaceEnd(t, at + 1)
  if (t.charCodeAt(i) === CLOSE_ARRAY) return i + 1
  for (;;) {
    i = read(i)
    if (i < 0) return -1
    i = spaceEnd(t, i)
    const c = t.charCodeAt(i)
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
export function scanHarEntries(t: string): HarEntryRanges | undefined {
  let bounds: number[] | undefined
  // A member whose value is not the container looked for is skipped, and forgets an earlier one.
  const within = (open: number, walk: ReadValue, forget: () => void): ReadValue => {
    return (at) => {
      forget()
      return t.charCodeAt(at) === open ? walk(at) : skipValue(t, at)
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
    const end =
      t.charCodeAt(at) === OPEN_OBJECT ? walkObject(t, at, '"request"', requestMember) : skipValue(t, at)
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
  if (t.charCodeAt(start) !== OPEN_OBJECT) return undefined
  const end = walkObject(t, start, '"log"', log)
  if (end < 0 || spaceEnd(t, end) < t.length) return undefined
  return bounds && { text: t, bounds }
}
