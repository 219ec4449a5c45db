import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parserHint } from '../../../src/cli/parser-hint.ts'

const VERSIONS = {
  '@ast-grep/lang-go': '0.0.6',
  '@ast-grep/lang-python': '0.0.6',
  '@ast-grep/lang-csharp': '0.0.6',
}
const LANGS = ['bash', 'csharp', 'go', 'java', 'kotlin', 'php', 'python', 'ruby', 'rust', 'swift', 'yaml']

describe('the missing-parser hint', () => {
  it('names the languages and the exact install command, pinned', () => {
    expect(parserHint(['@ast-grep/lang-python', '@ast-grep/lang-go'], VERSIONS)).toBe(
      'Go, Python files were read by the line matcher (no parser installed); for the full analysis: npm install -D @ast-grep/lang-go@0.0.6 @ast-grep/lang-python@0.0.6',
    )
    expect(parserHint(['@ast-grep/lang-csharp', '@ast-grep/lang-bash'], VERSIONS)).toBe(
      'shell, C# files were read by the line matcher (no parser installed); for the full analysis: npm install -D @ast-grep/lang-bash @ast-grep/lang-csharp@0.0.6',
    )
  })

  it('says nothing when no parser is missing', () => {
    expect(parserHint([], VERSIONS)).toBeUndefined()
  })

  it('names each missing package once, sorted, whatever the order and repeats met', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LANGS), { maxLength: 30 }), (met) => {
        const hint = parserHint(
          met.map((l) => `@ast-grep/lang-${l}`),
          {},
        )
        const expected = [...new Set(met)].sort().map((l) => `@ast-grep/lang-${l}`)
        if (expected.length === 0) expect(hint).toBeUndefined()
        else {
          expect(hint?.split('npm install -D ')[1]?.split(' ')).toEqual(expected)
          expect(hint?.split('\n')).toHaveLength(1)
        }
      }),
    )
  })
})
