import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'

// Reads only regular files, and at most a given size. The file is opened non-blocking so that a named
// pipe cannot hang the CLI at open(), then fstat-ed through the same descriptor (no race with a rename).

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string }

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
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'not a regular file (a device)'
  if (s.isSocket()) return 'not a regular file (a socket)'
  return 'not a regular file'
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`

export function readRegularFile(path: string, limit: number): ReadResult {
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
    // The size read at fstat is all that is read: a file that keeps growing cannot keep the CLI busy.
    const bytes = Buffer.allocUnsafe(info.size)
    let filled = 0
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled)
      if (n === 0) break
      filled += n
    }
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) }
  } catch (e) {
    return { ok: false, reason: errorReason(e) }
  } finally {
    closeSync(fd)
  }
}
