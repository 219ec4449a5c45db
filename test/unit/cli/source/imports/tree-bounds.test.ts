import { describe, expect, it } from 'vitest'
import { SourceTree } from '../../../../../src/cli/source/imports/tree.ts'

// SourceTree's bounds that tree.test.ts does not reach (the member and byte bounds are there): how much
// of a file is read for its `#!` line and its imports, how many modules one file sees and how many
// constants it takes from them. Each at the bound and one past it, so that an off-by-one fails.

const HOST = 'https://gateway.stage.bill.com/connect'
const KIB = 1024

/** A comment of exactly `length` characters (its newline included) that names nothing. */
const filler = (length: number) => `//${'x'.repeat(length - 3)}\n`

describe('SourceTree: the `#!` line is read up to 256 characters, as the kernel reads it', () => {
  // A script without extension whose interpreter is named at the end of a long `#!` line.
  const script = (length: number) => {
    const tail = ' python'
    return `#!/usr/bin/env -S${' '.repeat(length - 17 - tail.length)}${tail}\nfrom .urls import MFA\n`
  }

  it('a line of 256 characters names its language, one of 257 does not', () => {
    expect(script(256).indexOf('\n')).toBe(256)
    expect(new SourceTree().add('bin/tool', script(256))).toBe(true)
    expect(new SourceTree().add('bin/tool', script(257))).toBe(false)
  })
})

describe('SourceTree: import lines are read in the first 64 KiB of a file', () => {
  const urls = `export const MFA = '${HOST}/v3/mfa/challenge'`
  const IMPORT = "import { MFA } from './urls'"
  // The import line ends `past` characters after the first 64 KiB (0: its last character is the last read).
  const send = (past: number) => `${filler(64 * KIB - IMPORT.length + past)}${IMPORT}\npost(MFA, {})\n`

  it('an import that ends at the bound is followed, one that ends past it is not', () => {
    for (const [past, seen] of [
      [0, true],
      [1, false],
    ] as const) {
      const tree = new SourceTree()
      tree.add('h/urls.ts', urls)
      expect(tree.add('h/send.ts', send(past))).toBe(true)
      expect(tree.context('h/send.ts')?.constants.has('MFA') ?? false, `past ${past}`).toBe(seen)
    }
  })
})

describe('SourceTree: what one file takes from the modules it imports', () => {
  /** A file importing `count` modules, each holding one BILL address under its own name. */
  const fanOut = (count: number) => {
    const tree = new SourceTree()
    const names = Array.from({ length: count }, (_, i) => `URL${i}`)
    for (const [i, name] of names.entries())
      tree.add(`f/u${i}.ts`, `export const ${name} = '${HOST}/v3/u${i}'`)
    tree.add('f/send.ts', names.map((name, i) => `import { ${name} } from './u${i}'`).join('\n'))
    return tree.context('f/send.ts')?.constants
  }

  it('a module imported twice takes one place', () => {
    const tree = new SourceTree()
    const names = Array.from({ length: 64 }, (_, i) => `URL${i}`)
    for (const [i, name] of names.entries())
      tree.add(`f/u${i}.ts`, `export const ${name} = '${HOST}/v3/u${i}'`)
    const imports = names.map((name, i) => `import { ${name} } from './u${i}'`)
    tree.add('f/send.ts', ["import type { Url } from './u0'", ...imports].join('\n'))
    expect(tree.context('f/send.ts')?.constants.size).toBe(64)
  })

  it('the first 64 modules it imports, not the 65th', () => {
    expect(fanOut(64)?.size).toBe(64)
    const constants = fanOut(65)
    expect(constants?.size).toBe(64)
    expect(constants?.has('URL63')).toBe(true)
    expect(constants?.has('URL64')).toBe(false)
  })

  /** A file importing one module of `count` constants. */
  const wide = (count: number) => {
    const tree = new SourceTree()
    const lines = Array.from({ length: count }, (_, i) => `export const C${i} = '${HOST}/v3/c${i}'`)
    tree.add('w/urls.ts', lines.join('\n'))
    tree.add('w/send.ts', "import { C0 } from './urls'\npost(C0, {})")
    return tree.context('w/send.ts')?.constants
  }

  it('up to 500 constants, the first ones declared', () => {
    expect(wide(500)?.size).toBe(500)
    const constants = wide(501)
    expect(constants?.size).toBe(500)
    expect(constants?.has('C499')).toBe(true)
    expect(constants?.has('C500')).toBe(false)
  })
})
