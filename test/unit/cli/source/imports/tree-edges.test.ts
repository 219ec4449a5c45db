import { describe, expect, it } from 'vitest'
import { SourceTree } from '../../../../../src/cli/source/imports/tree.ts'

// SourceTree's questions on small trees (the bounds are in tree.test.ts): re-exports, cycles, which
// module wins a name, aliases, the endpoints a file names through constants, what importers tell.

const HOST = 'https://gateway.stage.bill.com/connect'
const treeOf = (files: Record<string, string>) => {
  const tree = new SourceTree()
  for (const [path, text] of Object.entries(files)) tree.add(path, text)
  return tree
}

describe('SourceTree: the constants a file sees', () => {
  it('through a chain of re-exports', () => {
    const tree = treeOf({
      'r/urls.ts': `export const MFA = '${HOST}/v3/mfa/challenge'`,
      'r/index.ts': "export * from './urls'",
      'r/send.ts': "import { MFA } from './index'\npost(MFA, {})",
    })
    expect(tree.context('r/send.ts')?.constants.get('MFA')).toBe(`${HOST}/v3/mfa/challenge`)
    expect(tree.context('r/send.ts')?.kinds).toEqual(['challenge-v3'])
  })

  it('the first imported module naming a constant wins', () => {
    const tree = treeOf({
      'w/a.ts': `export const URL = '${HOST}/v3/mfa/setup'`,
      'w/b.ts': `export const URL = '${HOST}/v3/mfa/challenge'`,
      'w/send.ts': "import { URL } from './a'\nimport { URL as U2 } from './b'\npost(URL, {})",
    })
    expect(tree.context('w/send.ts')?.constants.get('URL')).toBe(`${HOST}/v3/mfa/setup`)
  })

  it('an imported name under an alias', () => {
    const tree = treeOf({
      'a/urls.ts': `export const SETUP = '${HOST}/v3/mfa/setup'`,
      'a/send.ts': "import { SETUP as S } from './urls'\npost(S, {})",
    })
    const context = tree.context('a/send.ts')
    expect(context?.constants.get('S')).toBe(`${HOST}/v3/mfa/setup`)
    expect(context?.kinds).toEqual(['setup'])
    expect(context?.setup).toBe(true)
  })

  it('only the constants the file names give it endpoints, by whole name', () => {
    const tree = treeOf({
      'k/urls.ts': `export const SETUP = '${HOST}/v3/mfa/setup'\nexport const CH = '${HOST}/v3/mfa/challenge'`,
      'k/send.ts': "import { SETUP } from './urls'\npost(SETUP, {})\npost(CHX, {})",
    })
    expect(tree.context('k/send.ts')?.constants.has('CH')).toBe(true)
    expect(tree.context('k/send.ts')?.kinds).toEqual(['setup'])
  })

  it('modules importing each other end', () => {
    const tree = treeOf({
      'c/a.ts': `import { B } from './b'\nexport const A = '${HOST}/v3/mfa/setup'`,
      'c/b.ts': "import { A } from './a'\nexport const B = A",
    })
    // b's B is A, which a is still folding when b is read: the cycle is cut there, without a value.
    expect(tree.context('c/a.ts')?.constants.size ?? 0).toBe(0)
    expect([...(tree.context('c/b.ts')?.constants ?? [])]).toEqual([['A', `${HOST}/v3/mfa/setup`]])
  })
})

describe('SourceTree: what importers tell a module', () => {
  it('a module imported by a BILL module has BILL evidence and /mfa/setup from the importer’s words', () => {
    const tree = treeOf({
      'i/bodies.ts': 'export const BODY = { primary: false }',
      'i/send.ts': `import { BODY } from './bodies'\npost('${HOST}/v3/mfa/setup', BODY)`,
    })
    const context = tree.context('i/bodies.ts')
    expect(context).toMatchObject({ evidence: true, setup: true, borrowed: true, kinds: [] })
    expect(context?.root).toBeDefined()
  })

  it('an importer that is not about BILL gives no evidence', () => {
    const tree = treeOf({
      'n/bodies.ts': `export const BODY = { primary: false }\nexport const U = '/v3/x'`,
      'n/send.ts': "import { BODY } from './bodies'\npost('https://api.acme.io/phones', BODY)",
    })
    expect(tree.context('n/bodies.ts')).toMatchObject({ evidence: false, setup: false, borrowed: false })
    expect(tree.context('n/bodies.ts')?.root).toBeUndefined()
  })

  it('an importer that reaches BILL through its own imports is about BILL', () => {
    const tree = treeOf({
      'v/host.ts': `export const BASE = '${HOST}'`,
      'v/bodies.ts': 'export const BODY = { useBackup: true }',
      'v/send.ts': "import { BASE } from './host'\nimport { BODY } from './bodies'\npost(BASE + P, BODY)",
    })
    expect(tree.context('v/bodies.ts')?.evidence).toBe(true)
  })

  it('its own BILL words make it not borrowed', () => {
    const tree = treeOf({
      'o/host.ts': `export const BASE = '${HOST}'`,
      'o/call.ts': "import { BASE } from './host'\n// bill.com\npost(BASE + p, b)",
    })
    expect(tree.context('o/call.ts')).toMatchObject({ evidence: true, borrowed: false })
  })
})
