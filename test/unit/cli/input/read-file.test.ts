import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  binaryHead,
  errorReason,
  HEAD_BYTES,
  readRegularBytes,
  readRegularFile,
} from '../../../../src/cli/input/read-file.ts'

// The CLI reads regular files only, within a size limit, and says in a few words why it read nothing.

const MB = 1024 * 1024
let dir: string
let socket: Server
const at = (name: string) => join(dir, name)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'read-file-'))
  writeFileSync(at('small.txt'), 'héllo')
  mkdirSync(at('folder'))
  execFileSync('mkfifo', [at('pipe')])
  symlinkSync(at('loop-b'), at('loop-a'))
  symlinkSync(at('loop-a'), at('loop-b'))
  socket = createServer()
  await new Promise<void>((ready) => socket.listen(at('socket'), ready))
})
afterAll(() => {
  socket.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('what is not read, and why', () => {
  it.each([
    ['missing', 'no such file or directory'],
    ['folder', 'is a directory'],
    ['pipe', 'not a regular file (a named pipe)'],
    ['loop-a', 'too many symbolic links'],
    ['socket', 'cannot be read (ENXIO)'],
    [`${'x'.repeat(300)}`, 'file name too long'],
  ])('%s: %s', (name, reason) => {
    expect(readRegularFile(at(name), MB)).toEqual({ ok: false, reason })
  })

  it('a device is never read', () => {
    expect(readRegularBytes('/dev/zero', MB)).toEqual({ ok: false, reason: 'not a regular file (a device)' })
  })

  it('a file over the limit: both sizes, one decimal under 10 MB', () => {
    writeFileSync(at('big.txt'), 'x'.repeat(1.5 * MB))
    expect(readRegularFile(at('big.txt'), MB)).toEqual({
      ok: false,
      reason: 'too large (1.5 MB, the limit is 1.0 MB)',
    })
    expect(readRegularFile(at('big.txt'), 1.5 * MB).ok).toBe(true)
  })

  it('a file over the limit: whole MB from 10 MB', () => {
    writeFileSync(at('huge.txt'), '')
    truncateSync(at('huge.txt'), 12 * MB)
    expect(readRegularFile(at('huge.txt'), 11 * MB)).toEqual({
      ok: false,
      reason: 'too large (12 MB, the limit is 11 MB)',
    })
    expect(readRegularFile(at('huge.txt'), 10 * MB)).toEqual({
      ok: false,
      reason: 'too large (12 MB, the limit is 10 MB)',
    })
  })

  it('closes every file it opens, read or refused', () => {
    const open = () => readdirSync('/proc/self/fd').length
    const before = open()
    for (let i = 0; i < 20; i++) {
      readRegularFile(at('small.txt'), MB)
      readRegularFile(at('folder'), MB)
      readRegularFile(at('small.txt'), 1)
    }
    expect(open()).toBe(before)
  })
})

describe('what is read', () => {
  it('a small file, as UTF-8 text with its size in bytes', () => {
    expect(readRegularFile(at('small.txt'), MB)).toEqual({ ok: true, text: 'héllo', size: 6 })
    const bytes = readRegularBytes(at('small.txt'), MB)
    expect(bytes.ok && bytes.bytes.toString('utf8')).toBe('héllo')
  })

  it('a large file, whole, after its head was checked', () => {
    const text = 'abcdefghij'.repeat(40_000)
    writeFileSync(at('large.txt'), text)
    const seen: [number, number][] = []
    const read = readRegularFile(at('large.txt'), MB, (head, size) => {
      seen.push([head.length, size])
      return undefined
    })
    expect(read).toEqual({ ok: true, text, size: 400_000 })
    expect(seen).toEqual([[HEAD_BYTES, 400_000]])
  })

  it('the precheck sees at most the head of a small file, and its refusal is the reason', () => {
    writeFileSync(at('mid.txt'), 'y'.repeat(HEAD_BYTES + 10))
    const seen: number[] = []
    const read = readRegularFile(at('mid.txt'), MB, (head) => {
      seen.push(head.length)
      return 'not wanted'
    })
    expect(read).toEqual({ ok: false, reason: 'not wanted' })
    expect(seen).toEqual([HEAD_BYTES])
    expect(readRegularFile(at('large.txt'), MB, () => 'not wanted')).toEqual({
      ok: false,
      reason: 'not wanted',
    })
  })
})

describe('a file shorter than its size says', () => {
  // sysfs gives every attribute a size of 4096 bytes and answers a few: as a file that shrank after fstat.
  const SHORT = '/sys/devices/system/cpu/online'
  it.skipIf(!existsSync(SHORT))('is read to its end, without waiting for the rest', () => {
    const read = readRegularFile(SHORT, MB)
    expect(read.ok && read.text).toBe(readFileSync(SHORT, 'utf8'))
  })
})

describe('binary files', () => {
  const withNulAt = (i: number, size: number) => {
    const b = Buffer.alloc(size, 'a')
    b[i] = 0
    return b
  }

  it('a NUL byte in the head is a binary file, in a small file or a large one', () => {
    writeFileSync(at('bin-small'), withNulAt(HEAD_BYTES - 1, HEAD_BYTES + 100))
    writeFileSync(at('bin-large'), withNulAt(HEAD_BYTES - 1, 300 * 1024))
    expect(readRegularFile(at('bin-small'), MB)).toEqual({ ok: false, reason: 'binary file' })
    expect(readRegularFile(at('bin-large'), MB)).toEqual({ ok: false, reason: 'binary file' })
  })

  it('a NUL byte after the head is not looked for', () => {
    writeFileSync(at('late-small'), withNulAt(HEAD_BYTES, HEAD_BYTES + 100))
    writeFileSync(at('late-large'), withNulAt(HEAD_BYTES, 300 * 1024))
    expect(readRegularFile(at('late-small'), MB).ok).toBe(true)
    expect(readRegularFile(at('late-large'), MB).ok).toBe(true)
    expect(binaryHead(Buffer.from('text'), 4)).toBeUndefined()
  })
})

describe('errorReason', () => {
  it('names the known errors in words, the others by their code, and anything else as it is', () => {
    expect(errorReason(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied')
    expect(errorReason(Object.assign(new Error('x'), { code: 'EPERM' }))).toBe('permission denied')
    expect(errorReason(Object.assign(new Error('x'), { code: 'EIO' }))).toBe('cannot be read (EIO)')
    expect(errorReason(new Error('boom'))).toBe('Error: boom')
  })
})
