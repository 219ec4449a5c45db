import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'

// Reads only regular files, and at most a given size. The file is opened non-blocking so that a named
// pipe cannot hang the CLI at open(), then fstat-ed through the same descriptor (no race with a rename):
// only regular files within the size limit are read, so a device such as /dev/zero is never read.

export type ReadResult = { ok: true; text: string; size: number } | { ok: false; reason: string }
export type BytesResult = { ok: true; bytes: Buffer; size: number } | { ok: false; reason: string }

/** Looks at the first bytes and the size before the rest is read: a reason to stop there, or undefined. */
export type Precheck = (head: Buffer, size: number) => string | undefined

/** How much of a file is looked at before reading it all (the binary test reads this much too). */
export const HEAD_BYTES = 8000

const ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
}

export function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  return (code && ERRORS[code]) ?? (code ? `cannot be read (${code})` : String(e))
}

function notRegular(s: Stats): string {
  if (s.isDirectory()) return 'is a directory'
  if (s.isFIFO()) return 'not a regular file (a named pipe)'
  // Stryker disable next-line ConditionalExpression: on Linux nothing else that opens gets here (a socket fails at open, ENXIO)
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'not a regular file (a device)'
  // Stryker disable next-line all: for other systems, where a socket may open
  if (s.isSocket()) return 'not a regular file (a socket)'
  // Stryker disable next-line all: no other kind of file opens on the systems the CLI runs on
  return 'not a regular file'
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`

/** A NUL byte in the first bytes: a binary file, not text worth reading. */
export const binaryHead: Precheck = (head) => (head.includes(0) ? 'binary file' : undefined)

/** Up to this size a file is read in one go, head included, instead of a head read and then a full read. */
const SMALL_FILE = 256 * 1024

/** Reads `size` bytes from the start (fewer if the file shrank meanwhile). */
function readAll(fd: number, size: number, into = Buffer.allocUnsafe(size)): Buffer {
  let got = 0
  // Stryker disable next-line EqualityOperator: at got === size the next read asks for 0 bytes, gets 0 and stops
  while (got < size) {
    const n = readSync(fd, into, got, size - got, got)
    if (n === 0) break
    got += n
  }
  return into.subarray(0, got)
}

/** The file's text (UTF-8). */
export function readRegularFile(path: string, limit: number, precheck: Precheck = binaryHead): ReadResult {
  const read = readRegularBytes(path, limit, precheck)
  return read.ok ? { ok: true, text: read.bytes.toString('utf8'), size: read.size } : read
}

/** The file's bytes, for callers that look at them before decoding (most files of a tree are never decoded). */
export function readRegularBytes(path: string, limit: number, precheck: Precheck = binaryHead): BytesResult {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (e) {
    return { ok: false, reason: errorReason(e) }
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) return { ok: false, reason: notRegular(info) }
    if (info.size > limit)
      return { ok: false, reason: `too large (${mb(info.size)}, the limit is ${mb(limit)})` }
    // Most files of a source tree are small: one read, whose first bytes are the head.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: both paths give the same answer; they differ in reads only
    if (info.size <= SMALL_FILE) {
      const bytes = readAll(fd, info.size)
      const stop = precheck(bytes.subarray(0, HEAD_BYTES), info.size)
      return stop ? { ok: false, reason: stop } : { ok: true, bytes, size: info.size }
    }
    const head = readAll(fd, Math.min(HEAD_BYTES, info.size))
    const stop = precheck(head, info.size)
    if (stop) return { ok: false, reason: stop }
    return { ok: true, bytes: readAll(fd, info.size), size: info.size }
  } catch (e) {
    // Stryker disable next-line all: a read error after open (EIO on a failing disk) cannot be caused from a test
    return { ok: false, reason: errorReason(e) }
  } finally {
    closeSync(fd)
  }
}
