import { describe, expect, it } from 'vitest'
import { jsFacts } from '../../../../../../src/cli/source/imports/languages/js.ts'

// JavaScript and TypeScript modules: keyed by path without extension, relative imports only.

describe('jsFacts', () => {
  it('a module is its path without extension; an index file is also its folder', () => {
    expect(jsFacts('src/api/client.mts', '').keys).toEqual(['js:src/api/client'])
    expect(jsFacts('src/api/index.tsx', '').keys).toEqual(['js:src/api/index', 'js:src/api'])
    expect(jsFacts('src/api/reindex.js', '').keys).toEqual(['js:src/api/reindex'])
    expect(jsFacts('src/api/index.d.ts', '').keys).toEqual(['js:src/api/index.d'])
    expect(jsFacts('src/api/index.d/x.js', '').keys).toEqual(['js:src/api/index.d/x'])
  })

  it('reads import, require, dynamic import and re-exports, relative to the file, never packages', () => {
    const text = [
      "import a from './a.js'",
      'import { b } from "../lib/b"',
      "const c = require( './c.cjs')",
      "const d = await import('./d')",
      "import '../side'",
      "import x from 'package'",
      "import y from '@scope/pkg/./z'",
      "export * from './e'",
      "export { f } from '..'",
      "export * as g from '.'",
    ].join('\n')
    const facts = jsFacts('src/app/main.ts', text)
    expect(facts.imports).toEqual([
      ['js:src/app/a'],
      ['js:src/lib/b'],
      ['js:src/app/c'],
      ['js:src/app/d'],
      ['js:src/side'],
      ['js:src/app/e'],
      ['js:src'],
      ['js:src/app'],
    ])
    expect(facts.reexports).toEqual([['js:src/app/e'], ['js:src'], ['js:src/app']])
  })

  it('a quote must close as it opened, on the same line', () => {
    expect(jsFacts('m.js', 'import a from \'./a"').imports).toEqual([])
    expect(jsFacts('m.js', "import a from './a\n'").imports).toEqual([])
  })

  it('the renamed names of named imports, [local, theirs]', () => {
    const text =
      "import def, { MFA as URL, BASE } from './c'\nimport {X as Y} from './d'\nconst { P as Q } = z"
    expect(jsFacts('m.ts', text).aliases).toEqual([
      ['URL', 'MFA'],
      ['Y', 'X'],
    ])
  })
})
