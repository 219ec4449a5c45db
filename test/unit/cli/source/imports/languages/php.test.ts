import { describe, expect, it } from 'vitest'
import { phpFacts } from '../../../../../../src/cli/source/imports/languages/php.ts'

// PHP classes: keyed by namespace and name; a namespace sees its own classes.

describe('phpFacts', () => {
  it('each class, interface, trait or enum by namespace and name, and the namespace', () => {
    const text = [
      '<?php',
      'namespace Acme\\Config;',
      'final class Paths {}',
      'abstract readonly class Base {}',
      'interface Routes {}',
      'trait Hosts {}',
      'enum Kind {}',
    ].join('\n')
    const facts = phpFacts('src/Config/Paths.php', text)
    expect(facts.keys).toEqual([
      'php:Acme\\Config\\Paths',
      'php:Acme\\Config\\Base',
      'php:Acme\\Config\\Routes',
      'php:Acme\\Config\\Hosts',
      'php:Acme\\Config\\Kind',
      'php:Acme\\Config\\',
    ])
    expect(facts.imports).toEqual([['php:Acme\\Config\\']])
    expect(facts.reexports).toEqual([])
  })

  it('without a namespace, the global one; a braced namespace counts too', () => {
    const global = phpFacts('a.php', '<?php\nclass Paths {}')
    expect(global.keys).toEqual(['php:Paths', 'php:'])
    expect(global.imports).toEqual([['php:']])
    expect(phpFacts('a.php', '<?php\nnamespace Acme {\nclass P {}\n}').keys).toEqual([
      'php:Acme\\P',
      'php:Acme\\',
    ])
  })

  it('use (with an alias, of a const or function, with a leading backslash) and group use', () => {
    const text = [
      '<?php',
      'namespace Acme\\Mfa;',
      'use Acme\\Config\\Paths as P;',
      'use const Acme\\Config\\MFA;',
      'use function Acme\\send;',
      'use \\Acme\\Hosts;',
      'use Acme\\Bill\\{Urls, Keys as K, };',
    ].join('\n')
    expect(phpFacts('a.php', text).imports).toEqual([
      ['php:Acme\\Mfa\\'],
      ['php:Acme\\Config\\Paths'],
      ['php:Acme\\Config\\MFA'],
      ['php:Acme\\send'],
      ['php:Acme\\Hosts'],
      ['php:Acme\\Bill\\Urls'],
      ['php:Acme\\Bill\\Keys'],
    ])
  })
})
