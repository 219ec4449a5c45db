import { describe, expect, it } from 'vitest'
import { goFacts } from '../../../../../../src/cli/source/imports/languages/go.ts'

// Go packages: a directory, reached by any tail of its path; the standard library is never followed.

describe('goFacts', () => {
  it('a file belongs to its directory, reached by every tail, and sees that directory', () => {
    const facts = goFacts('svc/bill/paths.go', 'package bill')
    expect(facts.keys).toEqual(['go:bill', 'go:svc/bill'])
    expect(facts.imports).toEqual([['go:svc/bill']])
    expect(facts.reexports).toEqual([])
  })

  it('reads import blocks and single lines (named or not), only module paths, longest tail first', () => {
    const text = [
      'package mfa',
      '',
      'import (',
      '\t"fmt"',
      '\tcfg "example.com/acme/bill"',
      ')',
      'import "net/http"',
      'import x "git.acme.io/svc/urls"',
    ].join('\n')
    expect(goFacts('svc/mfa/a.go', text).imports).toEqual([
      ['go:svc/mfa'],
      ['go:example.com/acme/bill', 'go:acme/bill', 'go:bill'],
      ['go:git.acme.io/svc/urls', 'go:svc/urls', 'go:urls'],
    ])
  })

  it('an import line must start the line', () => {
    expect(goFacts('a.go', '// import "example.com/x"').imports).toEqual([['go:']])
  })
})
