import { describe, expect, it } from 'vitest'
import { aliasesIn, each, moduleFacts, segments, tails } from '../../../../../src/cli/source/imports/facts.ts'
import { goFacts } from '../../../../../src/cli/source/imports/languages/go.ts'
import { csharpFacts, javaFacts } from '../../../../../src/cli/source/imports/languages/jvm-dotnet.ts'

// The path and import-line helpers every language's reader shares, and which reader a language gets.

describe('segments', () => {
  it('splits on either slash, drops empty and "." parts, and resolves ".."', () => {
    expect(segments('a\\b/./c//d')).toEqual(['a', 'b', 'c', 'd'])
    expect(segments('/a/b/../c')).toEqual(['a', 'c'])
    expect(segments('a/../../b')).toEqual(['..', 'b'])
    expect(segments('../../b')).toEqual(['..', '..', 'b'])
    expect(segments('')).toEqual([])
  })
})

describe('tails', () => {
  it('every tail, the shortest first', () => {
    expect(tails(['a', 'b', 'c'], '/')).toEqual(['c', 'b/c', 'a/b/c'])
    expect(tails([], '.')).toEqual([])
  })

  it('at most `max` of them', () => {
    expect(tails(['a', 'b', 'c'], '.', 2)).toEqual(['c', 'b.c'])
    const deep = Array.from({ length: 40 }, (_, i) => `d${i}`)
    expect(tails(deep, '/')).toHaveLength(32)
    expect(tails(deep, '/').at(-1)).toBe(deep.slice(8).join('/'))
  })
})

describe('each', () => {
  it("every match's first group, skipping empty ones", () => {
    expect(each(/x(\d*)/g, 'x1 x x22')).toEqual(['1', '22'])
  })

  it('another group when told: the one after a quote, not the quote', () => {
    expect(each(/(['"])(\w*)\1/g, `'a' "" "b"`, 2)).toEqual(['a', 'b'])
  })
})

describe('aliasesIn', () => {
  it('`A as B` gives [B, A], for every pair of every clause', () => {
    expect(aliasesIn(['MFA as URL, BASE', 'X as Y'])).toEqual([
      ['URL', 'MFA'],
      ['Y', 'X'],
    ])
    expect(aliasesIn(['MFA, BASE', 'alias'])).toEqual([])
  })
})

describe('moduleFacts', () => {
  const IMPORTING = {
    javascript: ['a/b.js', "import { X } from './c'"],
    typescript: ['a/b.ts', "import { X } from './c'"],
    tsx: ['a/b.tsx', "import { X } from './c'"],
    python: ['a/b.py', 'from .c import X'],
    java: ['a/B.java', 'package a;\nimport a.c.C;'],
    kotlin: ['a/B.kt', 'package a\nimport a.c.C'],
    csharp: ['A/B.cs', 'using A.C;\nnamespace A { }'],
    go: ['a/b.go', 'package a\nimport "x.io/a/c"'],
    php: ['a/B.php', '<?php\nnamespace A;\nuse A\\C;'],
    ruby: ['a/b.rb', "require_relative 'c'"],
  } as const

  it.each(Object.entries(IMPORTING))('%s files have their imports read', (language, [path, text]) => {
    const facts = moduleFacts(path, text, language as never)
    expect(facts.keys.length).toBeGreaterThan(0)
    expect(facts.imports.length).toBeGreaterThan(0)
  })

  it('each language gets its own reader', () => {
    const java = 'package a;\nimport a.c.C;'
    expect(moduleFacts('a/B.java', java, 'java')).toEqual(javaFacts('a/B.java', java))
    const cs = 'namespace A.B { }'
    expect(moduleFacts('A/B.cs', cs, 'csharp')).toEqual(csharpFacts(cs))
    const go = 'package a\nimport "x.io/a/c"'
    expect(moduleFacts('a/b.go', go, 'go')).toEqual(goFacts('a/b.go', go))
  })

  it('other languages have none', () => {
    expect(moduleFacts('a/README.md', "import { X } from './c'", 'markdown')).toEqual({
      keys: [],
      imports: [],
      reexports: [],
    })
  })
})
