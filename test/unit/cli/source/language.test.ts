import { describe, expect, it } from 'vitest'
import { detectLanguage, fenceLanguage, languagesOfPaths } from '../../../../src/cli/source/language.ts'

// A file's language by its name, else its `#!` line; the languages a run will parse; a fence's language.

describe('detectLanguage', () => {
  it('by the last extension, in any case', () => {
    expect(detectLanguage('src/a.TS', '')).toBe('typescript')
    expect(detectLanguage('a.test.tsx', '')).toBe('tsx')
    expect(detectLanguage('a.ts.md', '')).toBe('markdown')
    expect(detectLanguage('dir.py/notes', '')).toBe('text')
  })

  it('by the #! line when the name says nothing, the extension first', () => {
    expect(detectLanguage('deploy', '#!/bin/bash\necho')).toBe('bash')
    expect(detectLanguage('deploy', '#!/bin/sh\n')).toBe('bash')
    expect(detectLanguage('deploy', '#!/usr/bin/env zsh\n')).toBe('bash')
    expect(detectLanguage('tool', '#!/usr/bin/env python3.11\n')).toBe('python')
    expect(detectLanguage('tool', '#!/usr/bin/env node\n')).toBe('javascript')
    expect(detectLanguage('tool', '#!/usr/bin/ruby -w\n')).toBe('ruby')
    expect(detectLanguage('tool', '#!/usr/bin/php\n')).toBe('php')
    expect(detectLanguage('tool.rb', '#!/usr/bin/env python\n')).toBe('ruby')
  })

  it('text when neither tells, or when the #! is not on the first line', () => {
    expect(detectLanguage('tool', '#!/usr/bin/env perl\n')).toBe('text')
    expect(detectLanguage('tool', '\n#!/bin/bash\n')).toBe('text')
    expect(detectLanguage('tool', '#!/usr/bin/nodejs-like\n')).toBe('text')
    expect(detectLanguage('notes.txt', '#!/bin/bash\n')).toBe('bash')
    expect(detectLanguage('README', '')).toBe('text')
  })
})

describe('names that are members of every object', () => {
  // A file named `x.constructor` or `x.__proto__` was given Object's constructor or prototype as its
  // language (the tables were plain objects), and a ```constructor fence the same.
  it.each(['a.constructor', 'b.__proto__', 'c.hasOwnProperty', 'd.valueof'])('%s is text', (path) => {
    expect(detectLanguage(path, '')).toBe('text')
    expect([...languagesOfPaths([path])].every((l) => typeof l === 'string')).toBe(true)
  })

  it.each(['constructor', '__proto__', 'tostring'])('a %s fence is text', (info) => {
    expect(fenceLanguage(info)).toBe('text')
  })
})

describe('languagesOfPaths', () => {
  it('the languages of known names; a workflow also needs bash; Markdown adds none', () => {
    expect([...languagesOfPaths(['a.ts', 'b.ts', 'c.py'])].sort()).toEqual(['python', 'typescript'])
    expect([...languagesOfPaths(['ci.yml'])].sort()).toEqual(['bash', 'yaml'])
    expect([...languagesOfPaths(['README.md'])]).toEqual(['markdown'])
  })

  it('a name without a known extension may be any script', () => {
    expect([...languagesOfPaths(['bin/tool'])].sort()).toEqual([
      'bash',
      'javascript',
      'php',
      'python',
      'ruby',
    ])
    expect([...languagesOfPaths([])]).toEqual([])
  })
})

describe('fenceLanguage', () => {
  it.each([
    ['py', 'python'],
    ['Python title="x"', 'python'],
    ['  golang', 'go'],
    ['c#', 'csharp'],
    ['curl', 'bash'],
    ['js{1,3}', 'javascript'],
    ['ts,linenums', 'typescript'],
    ['md', 'text'],
    ['', 'text'],
    ['http', 'text'],
    ['console', 'bash'],
  ])('%j is %s', (info, language) => expect(fenceLanguage(info)).toBe(language))
})
