// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { Folder } from '../../../../../src/cli/source/structural/fold.ts'
import { work } from '../../../../../src/cli/source/work.ts'
import { folded, shown } from './fold-helpers.ts'
import { snippet } from './snippet.ts'

describe('Folder.value: what is not a name, a join or a format is unknown', () => {
  it.each([
    // An expression that ends in a constant's name is not that constant.
    ['typescript', "const A = 'a/'\nconst B = 'b/'\nf(ok ? A : B)", 'ok ? A : B', '?'],
    // A tagged template is a call without an argument list.
    ['typescript', 'f(tag`/v3/mfa`)', 'tag`/v3/mfa`', '?'],
    // An empty interpolation.
    ['ruby', 'f("#{}/setup")', '"#{}/setup"', '?/setup'],
    // A space before the arguments is still a join.
    ['typescript', "f(path.join ('/v3', 'mfa'))", "path.join ('/v3', 'mfa')", '/v3/mfa'],
    // Positions of two digits.
    [
      'python',
      "f(\"{10}/{0}\".format('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'))",
      "\"{10}/{0}\".format('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k')",
      'k/a',
    ],
  ] as [string, string, string, string][])(
    '%s: %s → %s folds to %j',
    (language, source, expression, value) => {
      expect(folded(language, source, expression)).toBe(value)
    },
  )
})

describe('Folder: the constants it keeps', () => {
  it('keeps neither a declaration without a value nor one without a plain name', () => {
    const source =
      "let t: string\nconst [a] = '/v3'\nconst { b } = '/v3'\nconst P = '/p'\nf(undefined, t, a, P)"
    const { root, grammar } = snippet('typescript', source)
    const folder = new Folder(root, grammar)
    expect([...folder.knownConstants()].map(([name, value]) => [name, shown(value)])).toEqual([['P', '/p']])
    expect(folder.referencesIn(root).map((n) => `${n.kind()} ${n.text()}`)).toEqual([
      'identifier P',
      'identifier P',
    ])
  })

  it('a name used alone as a statement is one reference, not two', () => {
    const { root, grammar } = snippet('typescript', "const P = '/p'\nP\nf(P)")
    const refs = new Folder(root, grammar).referencesIn(root)
    expect(refs.map((n) => `${n.kind()} ${n.text()}`)).toEqual([
      'identifier P',
      'identifier P',
      'identifier P',
    ])
  })

  it('counts its work: each declaration read and each value folded', () => {
    const source = Array.from({ length: 50 }, (_, i) => `const K${i} = 'v${i}/'`).join('\n')
    const { root, grammar } = snippet('typescript', source)
    work.steps = 0
    const folder = new Folder(root, grammar)
    const read = work.steps
    expect(read).toBeGreaterThanOrEqual(50)
    expect(folder.knownConstants().size).toBe(50)
    expect(work.steps - read).toBeGreaterThanOrEqual(50)
  })
})
