import { describe, expect, it } from 'vitest'
import {
  csharpFacts,
  javaFacts,
  kotlinFacts,
} from '../../../../../../src/cli/source/imports/languages/jvm-dotnet.ts'

// Java and Kotlin share one key space (classes by package); C# is keyed by namespace.

describe('javaFacts', () => {
  it('a class by package and file name, and its package; it sees its own package', () => {
    const facts = javaFacts('src/com/acme/Paths.java', '  package com.acme;\npublic class Paths {}')
    expect(facts.keys).toEqual(['java:com.acme.Paths', 'java:com.acme.*'])
    expect(facts.imports).toEqual([['java:com.acme.*']])
    expect(facts.reexports).toEqual([])
  })

  it('class, star and static imports each name the class or package they read', () => {
    const text = [
      'package com.acme.mfa;',
      'import com.acme.Paths;',
      'import com.acme.bill.*;',
      'import static com.acme.Urls.MFA;',
      'import static com.acme.Hosts.*;',
      '// import com.acme.Commented is still a line the regular expression reads only at its start',
    ].join('\n')
    expect(javaFacts('A.java', text).imports).toEqual([
      ['java:com.acme.mfa.*'],
      ['java:com.acme.Paths'],
      ['java:com.acme.bill.*'],
      ['java:com.acme.Urls'],
      ['java:com.acme.Hosts'],
    ])
  })

  it('only the extension at the end of the file name is dropped', () => {
    expect(javaFacts('A.javaFile.java', 'package p;').keys).toEqual(['java:p.A.javaFile', 'java:p.*'])
    expect(csharpFacts('namespace A { }').reexports).toEqual([])
  })

  it('without a package line, the default package', () => {
    expect(javaFacts('A.java', 'class A {}').keys).toEqual(['java:.A', 'java:.*'])
  })

  it('a path with no file name in it gives the package alone, no error', () => {
    expect(javaFacts('', 'package p;').keys).toEqual(['java:p.', 'java:p.*'])
    expect(javaFacts('./', 'package p;').keys).toEqual(['java:p.', 'java:p.*'])
  })
})

describe('kotlinFacts', () => {
  it("a file's objects and classes by package, and the package for its top-level constants", () => {
    const text = [
      'package com.acme.bill',
      'object Paths { }',
      'internal data class Body(val primary: Boolean)',
      'private enum class Kind { A }',
      'companion object',
      'fun f() {}',
    ].join('\n')
    expect(kotlinFacts(text).keys).toEqual([
      'java:com.acme.bill.Paths',
      'java:com.acme.bill.Body',
      'java:com.acme.bill.Kind',
      'java:com.acme.bill.*',
    ])
  })

  it('without a package line, the default package', () => {
    expect(kotlinFacts('object P').keys).toEqual(['java:.P', 'java:.*'])
  })

  it('passes nothing on: an importer reads only what the file itself declares', () => {
    expect(kotlinFacts('package a\nimport b.C\nobject P').reexports).toEqual([])
  })

  it('an import may name a class, a top-level constant of a package, or a member of a class', () => {
    const text = [
      'package com.acme.mfa',
      'import com.acme.bill.Paths',
      'import com.acme.bill.MFA_SETUP as SETUP',
      'import com.acme.hosts.*',
      'import com.acme.x.Y;',
    ].join('\n')
    expect(kotlinFacts(text).imports).toEqual([
      ['java:com.acme.mfa.*'],
      ['java:com.acme.bill.Paths', 'java:com.acme.bill', 'java:com.acme.bill.*'],
      ['java:com.acme.bill.MFA_SETUP', 'java:com.acme.bill', 'java:com.acme.bill.*'],
      ['java:com.acme.hosts.*'],
      ['java:com.acme.x.Y', 'java:com.acme.x', 'java:com.acme.x.*'],
    ])
  })
})

describe('csharpFacts', () => {
  it('a file is keyed by each namespace it declares, and sees each one and its parents', () => {
    const facts = csharpFacts('namespace Acme.Bill.Config {\n}\n  namespace Other;')
    expect(facts.keys).toEqual(['cs:Acme.Bill.Config', 'cs:Other'])
    expect(facts.imports).toEqual([['cs:Acme.Bill.Config'], ['cs:Acme.Bill'], ['cs:Acme'], ['cs:Other']])
    expect(facts.reexports).toEqual([])
  })

  it('using, global using, aliases and using static (a class, or its namespace)', () => {
    const text = [
      'using Acme.Bill.Config;',
      'global using Acme.Shared;',
      'using R = Acme.Routes;',
      'using static Acme.Bill.Config.Routes;',
    ].join('\n')
    expect(csharpFacts(text).imports).toEqual([
      ['cs:Acme.Bill.Config'],
      ['cs:Acme.Shared'],
      ['cs:Acme.Routes'],
      ['cs:Acme.Bill.Config.Routes', 'cs:Acme.Bill.Config'],
    ])
  })
})
