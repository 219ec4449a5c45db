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
  /** The constants of a file importing one module per count, module i holding `counts[i]` BILL addresses. */
  const importing = (counts: readonly number[], head: readonly string[] = []) => {
    const tree = new SourceTree()
    const imports = [...head]
    for (const [i, count] of counts.entries()) {
      const names = Array.from({ length: count }, (_, j) => `C${i}_${j}`)
      tree.add(`f/u${i}.ts`, names.map((name) => `export const ${name} = '${HOST}/v3/${name}'`).join('\n'))
      imports.push(`import { ${names[0]} } from './u${i}'`)
    }
    tree.add('f/send.ts', imports.join('\n'))
    return tree.context('f/send.ts')?.constants
  }
  const ones = (count: number) => Array.from({ length: count }, () => 1)

  it('the first 64 modules it imports, not the 65th', () => {
    expect(importing(ones(64))?.size).toBe(64)
    const constants = importing(ones(65))
    expect(constants?.size).toBe(64)
    expect(constants?.has('C63_0')).toBe(true)
    expect(constants?.has('C64_0')).toBe(false)
  })

  it('a module imported twice takes one place', () => {
    expect(importing(ones(64), ["import type { Url } from './u0'"])?.size).toBe(64)
  })

  // A module gives at most 500 constants of its own (structural/fold.ts): the tree's bound is over them all.
  it('up to 500 constants from all its modules, the first ones met', () => {
    expect(importing([250, 250])?.size).toBe(500)
    const constants = importing([250, 251])
    expect(constants?.size).toBe(500)
    expect(constants?.has('C1_249')).toBe(true)
    expect(constants?.has('C1_250')).toBe(false)
  })
})
