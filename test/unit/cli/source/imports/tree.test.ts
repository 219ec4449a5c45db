import { describe, expect, it } from 'vitest'
import { SourceTree } from '../../../../../src/cli/source/imports/tree.ts'

// Which files join the tree (a followed language, within its bounds), and what the tree tells one of them.

const HOST = 'https://gateway.stage.bill.com/connect'
const MIB = 1024 * 1024

describe('SourceTree.accepts', () => {
  it('the languages whose imports are read, by name or #! line; not the others', () => {
    const tree = new SourceTree()
    for (const path of ['a.js', 'a.ts', 'a.tsx', 'a.py', 'A.java', 'A.kt', 'A.cs', 'a.go', 'a.php', 'a.rb'])
      expect(tree.accepts(path, ''), path).toBe(true)
    expect(tree.accepts('tool', '#!/usr/bin/env python3\n')).toBe(true)
    for (const path of ['a.sh', 'README.md', 'a.yaml', 'notes.txt'])
      expect(tree.accepts(path, ''), path).toBe(false)
  })
})

describe('SourceTree.add', () => {
  it('a file that imports nothing and that nothing can import is not a member', () => {
    const tree = new SourceTree()
    expect(tree.add('a.sh', "source ./b.sh\nexport X='/v3/mfa'")).toBe(false)
    expect(tree.add('README.md', "import { X } from './x'")).toBe(false)
    expect(tree.add('app/a.js', 'const x = 1')).toBe(true)
  })

  it('a path is a member once', () => {
    const tree = new SourceTree()
    expect(tree.add('a.js', 'x')).toBe(true)
    expect(tree.add('a.js', 'y')).toBe(false)
  })

  it('a file of up to 1 MiB joins, a larger one is scanned alone', () => {
    const tree = new SourceTree()
    expect(tree.add('a.js', 'x'.repeat(MIB))).toBe(true)
    expect(tree.add('b.js', 'x'.repeat(MIB + 1))).toBe(false)
  })

  it('the tree holds up to 64 MiB of files in all', () => {
    const tree = new SourceTree()
    const file = 'x'.repeat(MIB)
    for (let i = 0; i < 64; i++) expect(tree.add(`f${i}.js`, file)).toBe(true)
    expect(tree.add('one-more.js', 'x')).toBe(false)
  })

  it('and up to 5,000 files', () => {
    const tree = new SourceTree()
    for (let i = 0; i < 5000; i++) expect(tree.add(`m${i}.js`, '')).toBe(true)
    expect(tree.add('m5000.js', '')).toBe(false)
  })

  it('takes a walked file as Latin-1 words and decodes its text only when it is parsed', () => {
    const tree = new SourceTree()
    let decoded = 0
    const source = (text: string) => ({
      words: text,
      text: () => {
        decoded++
        return text
      },
    })
    tree.add('c/config.ts', source(`export const MFA = '${HOST}/v3/mfa/challenge'`))
    tree.add('c/other.ts', source("export const NAME = 'acme'"))
    tree.add(
      'c/send.ts',
      source("import { MFA } from './config'\nimport { NAME } from './other'\npost(MFA, {})"),
    )
    const context = tree.context('c/send.ts')
    expect(context?.constants.get('MFA')).toBe(`${HOST}/v3/mfa/challenge`)
    // The module naming no part of a BILL address is never decoded nor parsed.
    expect(context?.constants.has('NAME')).toBe(false)
    expect(decoded).toBe(2)
  })
})

describe('SourceTree.context', () => {
  it('nothing for a file the tree does not hold, or one no BILL address reaches', () => {
    const tree = new SourceTree()
    tree.add('a/x.ts', "import { Y } from './y'\nuse(Y)")
    tree.add('a/y.ts', 'export const Y = 1')
    expect(tree.context('a/missing.ts')).toBeUndefined()
    expect(tree.context('a/x.ts')).toBeUndefined()
    expect(tree.context('a/y.ts')).toBeUndefined()
  })

  it('what a file imports: constants, the endpoints it names through them, BILL evidence, /mfa/setup', () => {
    const tree = new SourceTree()
    tree.add(
      's/urls.ts',
      `export const SETUP = '${HOST}/v3/mfa/setup'\nexport const UNUSED = '${HOST}/v3/mfa/challenge'`,
    )
    tree.add('s/add.ts', "import { SETUP } from './urls'\npost(SETUP, { primary: false })")
    const context = tree.context('s/add.ts')
    expect(context?.evidence).toBe(true)
    expect(context?.setup).toBe(true)
    expect(context?.kinds).toEqual(['setup'])
    expect(context?.borrowed).toBe(false)
    expect(context?.root).toBeDefined()
  })

  it('a file naming BILL only through the tree, and no endpoint, has its evidence borrowed', () => {
    const tree = new SourceTree()
    tree.add('b/host.ts', `export const BASE = '${HOST}'`)
    tree.add('b/call.ts', "import { BASE } from './host'\npost(BASE + path, body)")
    const context = tree.context('b/call.ts')
    expect(context?.evidence).toBe(true)
    expect(context?.kinds).toEqual([])
    expect(context?.borrowed).toBe(true)
    expect(context?.setup).toBe(false)
  })

  it('a body module: the importer that sends it says where, and whether it is about BILL', () => {
    const tree = new SourceTree()
    tree.add(
      'm/bodies.ts',
      'export const PHONE = { primary: false }\nexport const $OTHER = { primary: true }',
    )
    tree.add(
      'm/send.ts',
      `import { PHONE, $OTHER } from './bodies'\npost('${HOST}/v3/mfa/setup', PHONE)\npost('/v3/vendors', $OTHER)`,
    )
    const context = tree.context('m/bodies.ts')
    expect(context?.evidence).toBe(true)
    expect(context?.setup).toBe(true)
    // Its own text names no BILL address: only what the importer resolves counts.
    expect(context?.borrowed).toBe(true)
    const sent = context?.sentKinds(['PHONE', '$OTHER', 'not-a-name', 'MISSING'])
    expect([...(sent?.get('PHONE') ?? [])]).toEqual(['setup'])
    expect(sent?.has('MISSING')).toBe(false)
    expect(context?.sentKinds(['not a name']).size).toBe(0)
  })
})
