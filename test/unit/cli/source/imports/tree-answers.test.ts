import { describe, expect, it } from 'vitest'
import { SourceTree } from '../../../../../src/cli/source/imports/tree.ts'
import { work } from '../../../../../src/cli/source/work.ts'
import { SETUP, treeFindings } from './tree-scan.ts'

// SourceTree's answers where several modules disagree (one importer about BILL, one not; a module with
// two constants, one of them BILL's), its own names, and what it parses: each file at most once, and
// only a file that names what is asked.

const HOST = 'https://gateway.stage.bill.com/connect'

/** A tree whose files count how often their text is decoded (decoded before a parse). */
function countingTree(files: Record<string, string>) {
  const tree = new SourceTree()
  const decoded = new Map<string, number>()
  for (const [path, words] of Object.entries(files)) {
    const text = () => {
      decoded.set(path, (decoded.get(path) ?? 0) + 1)
      return words
    }
    tree.add(path, { words, text })
  }
  return { tree, decoded }
}

describe('SourceTree.context: importers that disagree', () => {
  const files = {
    'd/bodies.ts': 'export const PHONE = { primary: false }',
    'd/send.ts': `import { PHONE } from './bodies'\npost('${HOST}/v3/mfa/setup', PHONE)`,
    'd/log.ts': "import { PHONE } from './bodies'\nconsole.log(PHONE)",
  }

  it('one BILL importer is enough, whatever the others are', () => {
    const tree = new SourceTree()
    for (const [path, text] of Object.entries(files)) tree.add(path, text)
    expect(tree.context('d/bodies.ts')).toMatchObject({ evidence: true, setup: true })
  })

  it('an importer with a BILL constant among others is about BILL and says setup; without it, neither', () => {
    for (const [url, about] of [
      [`${HOST}/v3/mfa/setup`, true],
      ['https://api.acme.io/v3/enrol', false],
    ] as const) {
      const tree = new SourceTree()
      tree.add('e/urls.ts', `export const TIMEOUT = '30s'\nexport const ENROL = '${url}'`)
      tree.add('e/bodies.ts', 'export const PHONE = { primary: false }')
      // Its own text names neither BILL nor the endpoint: only its constants do.
      tree.add(
        'e/send.ts',
        "import { TIMEOUT, ENROL } from './urls'\nimport { PHONE } from './bodies'\npost(ENROL, PHONE)",
      )
      expect(tree.context('e/bodies.ts'), url).toMatchObject({ evidence: about, setup: about })
    }
  })

  it('a BILL module that imports nothing and that nothing imports has nothing from the tree', () => {
    const tree = new SourceTree()
    tree.add('s/urls.ts', `export const SETUP = '${HOST}/v3/mfa/setup'`)
    expect(tree.context('s/urls.ts')).toBeUndefined()
  })
})

describe('SourceTree: modules found by key', () => {
  // Two C# files of one namespace, and a program of top-level statements (no namespace of its own).
  const routes = `namespace Acme.Bill.Config {\n  public static class Routes { public const string Mfa = "${HOST}/v3/mfa"; }\n}\n`
  const paths = `namespace Acme.Bill.Config;\npublic static class Paths { public const string Setup = "${HOST}/v3/mfa/setup"; }\n`
  const program =
    'using Acme.Bill.Config;\nawait http.PostAsJsonAsync(Paths.Setup, new { primary = false });\n'

  it('a file no other can import joins the tree by what it imports', () => {
    expect(new SourceTree().add('Program.cs', program)).toBe(true)
  })

  it('an import of a namespace sees every file of it', () => {
    const tree = new SourceTree()
    tree.add('Config/Routes.cs', routes)
    tree.add('Config/Paths.cs', paths)
    tree.add('Program.cs', program)
    expect([...(tree.context('Program.cs')?.constants.values() ?? [])].sort()).toEqual([
      `${HOST}/v3/mfa`,
      `${HOST}/v3/mfa/setup`,
    ])
  })
})

describe('SourceTree.context: names', () => {
  it('an alias means the imported constant, even where the module exports the same name', () => {
    const tree = new SourceTree()
    tree.add(
      'a/urls.ts',
      `export const SETUP = '${HOST}/v3/mfa/setup'\nexport const URL = '${HOST}/v3/mfa/challenge'`,
    )
    tree.add('a/send.ts', "import { SETUP as URL } from './urls'\npost(URL, { primary: false })")
    expect(tree.context('a/send.ts')?.constants.get('URL')).toBe(`${HOST}/v3/mfa/setup`)
    // So the call is judged as the one to /mfa/setup that it is.
    const files = {
      'a/urls.ts': `export const SETUP = '${HOST}/v3/mfa/setup'\nexport const URL = '${HOST}/v3/mfa/challenge'`,
      'a/send.ts': "import { SETUP as URL } from './urls'\npost(URL, { primary: false })",
    }
    expect(treeFindings(files)).toEqual([`a/send.ts:2 ${SETUP}`])
  })

  it('every imported constant the file names gives its endpoint', () => {
    const tree = new SourceTree()
    tree.add(
      'b/urls.ts',
      `export const SETUP = '${HOST}/v3/mfa/setup'\nexport const CH = '${HOST}/v3/mfa/challenge'`,
    )
    tree.add('b/send.ts', "import { SETUP, CH } from './urls'\npost(SETUP, {})\npost(CH, {})")
    expect(tree.context('b/send.ts')?.kinds).toEqual(['setup', 'challenge-v3'])
  })

  it('an alias of a name the module does not export gives nothing', () => {
    const tree = new SourceTree()
    tree.add('a/urls.ts', `export const SETUP = '${HOST}/v3/mfa/setup'`)
    tree.add('a/send.ts', "import { SETUP, MISSING as M } from './urls'\npost(SETUP, {})")
    expect(tree.context('a/send.ts')?.constants.has('M')).toBe(false)
  })

  it('a module re-exported by a barrel it imports from does not see its own constants', () => {
    const tree = new SourceTree()
    tree.add('lib/index.ts', "export * from './urls'\nexport * from './client'")
    tree.add('lib/urls.ts', `export const SETUP = '${HOST}/v3/mfa/setup'`)
    tree.add(
      'lib/client.ts',
      `import { SETUP } from '.'\nexport const CHALLENGE = '${HOST}/v3/mfa/challenge'\npost(SETUP, {})`,
    )
    const constants = tree.context('lib/client.ts')?.constants
    expect(constants?.get('SETUP')).toBe(`${HOST}/v3/mfa/setup`)
    expect(constants?.has('CHALLENGE')).toBe(false)
  })

  it('a body named with a `$` is a name the importer sends', () => {
    const tree = new SourceTree()
    tree.add('j/bodies.ts', 'export const phone$ = { primary: false }')
    tree.add('j/send.ts', `import { phone$ } from './bodies'\npost('${HOST}/v3/mfa/setup', phone$)`)
    expect([...(tree.context('j/bodies.ts')?.sentKinds(['phone$']).get('phone$') ?? [])]).toEqual(['setup'])
  })
})

describe('SourceTree.sentKinds: a PHP body sent by the file that requires it', () => {
  const files = {
    'src/bodies.php': "<?php\n$PHONE = ['phone' => '+1555', 'primary' => false];\n",
    'src/send.php': `<?php\nrequire_once __DIR__ . '/bodies.php';\n$http->post('${HOST}/v3/mfa/setup', ['json' => $PHONE]);\n`,
  }

  it('finds the variable by its name without the `$`, and the call reports the body', () => {
    const tree = new SourceTree()
    for (const [path, text] of Object.entries(files)) tree.add(path, text)
    const sent = tree.context('src/bodies.php')?.sentKinds(['PHONE'])
    expect([...(sent?.entries() ?? [])]).toEqual([['PHONE', new Set(['setup'])]])
    expect(treeFindings(files)).toEqual([`src/bodies.php:2 ${SETUP}`])
  })
})

describe('SourceTree.sentKinds: only the names asked', () => {
  const files = {
    'k/bodies.ts': 'export const PHONE = { primary: false }\nexport const OTHER = { primary: true }',
    'k/send.ts': `import { PHONE, OTHER } from './bodies'\npost('${HOST}/v3/mfa/setup', PHONE)\npost('${HOST}/v3/mfa/setup', OTHER)`,
    'k/log.ts': "import { OTHER } from './bodies'\nconsole.log(OTHER)",
  }

  it('gives the names asked and no other, and reads no importer that does not name them', () => {
    const { tree, decoded } = countingTree(files)
    const sent = tree.context('k/bodies.ts')?.sentKinds(['PHONE'])
    expect([...(sent?.keys() ?? [])]).toEqual(['PHONE'])
    expect(decoded.get('k/log.ts')).toBeUndefined()
    expect(decoded.get('k/send.ts')).toBe(1)
  })

  it('a name that is not an identifier, or none, is not searched and reads no importer', () => {
    const { tree, decoded } = countingTree(files)
    const context = tree.context('k/bodies.ts')
    expect(context?.sentKinds(['post(']).size).toBe(0)
    expect(context?.sentKinds([]).size).toBe(0)
    expect([...decoded.keys()]).toEqual(['k/bodies.ts'])
  })

  it('each file is decoded and parsed once, whatever is asked of it', () => {
    const { tree, decoded } = countingTree(files)
    for (const path of Object.keys(files)) tree.context(path)?.sentKinds(['PHONE', 'OTHER'])
    for (const path of Object.keys(files)) tree.context(path)?.sentKinds(['PHONE', 'OTHER'])
    expect(Math.max(...decoded.values())).toBe(1)
  })

  it('a question asked again is answered from memory: it costs no step', () => {
    const { tree } = countingTree(files)
    work.steps = 0
    tree.context('k/send.ts')
    // Its imports are walked once: more than nothing, and nothing more when asked again.
    const first = work.steps
    expect(first).toBeGreaterThan(0)
    tree.context('k/send.ts')
    tree.context('k/log.ts')
    expect(work.steps).toBe(first)
  })
})
