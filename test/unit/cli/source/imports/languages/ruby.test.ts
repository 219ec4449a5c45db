import { describe, expect, it } from 'vitest'
import { rubyFacts } from '../../../../../../src/cli/source/imports/languages/ruby.ts'

// Ruby files: `require_relative` beside the file, `require` on the load path (any tail of a path).

describe('rubyFacts', () => {
  it('a file is every tail of its path without extension', () => {
    expect(rubyFacts('lib/bill/paths.rb', '').keys).toEqual([
      'rb:paths',
      'rb:bill/paths',
      'rb:lib/bill/paths',
    ])
    expect(rubyFacts('tasks/mfa.rake', '').keys).toEqual(['rb:mfa', 'rb:tasks/mfa'])
    expect(rubyFacts('a.rb/b.rb', '').keys).toEqual(['rb:b', 'rb:a.rb/b'])
    expect(rubyFacts('b.rb', "require 'a.rb/c'").imports).toEqual([['rb:a.rb/c']])
    expect(rubyFacts('b.rb', '').reexports).toEqual([])
  })

  it('require_relative is resolved beside the file; require is a load path; the quotes must match', () => {
    const text = [
      "require_relative 'paths'",
      '  require_relative("../config.rb")',
      'require "bill/urls"',
      'require \'json"',
      "# require 'commented' is still read: the tree only tries it",
    ].join('\n')
    expect(rubyFacts('lib/bill/mfa.rb', text).imports).toEqual([
      ['rb:lib/bill/paths'],
      ['rb:lib/config'],
      ['rb:bill/urls'],
    ])
  })
})
