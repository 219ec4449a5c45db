import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintInsomniaYaml } from '../../../../src/cli/insomnia/export-v5.ts'
import { keyLines, readYaml } from '../../../../src/cli/insomnia/yaml-subset.ts'

// Issue 22 class 5: Insomnia's v5 export (YAML), read without a YAML dependency.

const settings = { hosts: [], now: new Date('2026-04-10') }

describe('Insomnia v5 exports (YAML)', () => {
  it('reads mappings, sequences at their key’s indentation, quoted keys and block scalars, with key lines', () => {
    const doc = readYaml(
      "a: 1\n\"b c\": 'it''s'\nlist:\n- x\n- k: v\n  j: w\n# comment\nfold: >-\n  one\n  two\nkeep: |\n  x\n  y\nempty: {}\n",
    ) as Record<string, unknown>
    expect(doc).toEqual({
      a: '1',
      'b c': "it's",
      list: ['x', { k: 'v', j: 'w' }],
      fold: 'one two',
      keep: 'x\ny\n',
      empty: {},
    })
    expect(keyLines.get(doc)?.get('fold')).toBe(8)
  })

  it('never throws nor loops on text it does not understand (property)', () => {
    const line = fc.tuple(
      fc.nat(12),
      fc.constantFrom('- ', 'k: ', 'k:', '|', '"x', 'a: [1, 2]', '---', '#', ''),
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.string({ maxLength: 6 })), { maxLength: 60 }), (rows) => {
        const text = rows.map(([[indent, head], tail]) => `${' '.repeat(indent)}${head}${tail}`).join('\n')
        expect(() => readYaml(text)).not.toThrow()
        expect(() =>
          lintInsomniaYaml(`type: collection.insomnia.rest/5.0\n${text}`, 'x.yaml', settings),
        ).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })

  it('bounds the nesting: a document 5,000 levels deep is read without exhausting the stack', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')
    expect(() => readYaml(deep)).not.toThrow()
  })

  it('says in one line when a YAML file with the v5 type has no collection', () => {
    expect(
      lintInsomniaYaml('type: collection.insomnia.rest/5.0\nname: x\n', 'x.yaml', settings).problem,
    ).toBe('not an Insomnia v5 export: no "collection" list')
  })
})
