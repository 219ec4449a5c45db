// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { Folder } from '../../../../../src/cli/source/structural/fold.ts'
import { folded, shown } from './fold-helpers.ts'
import { snippet } from './snippet.ts'

// Folder.value, one expression at a time: what a string expression folds to, `?` where a part is unknown.

/** The value of the last TypeScript declaration of a snippet. */
function lastValue(source: string, imported?: ReadonlyMap<string, string>): string {
  const { root, grammar } = snippet('typescript', source)
  const value = root
    .findAll({ rule: { kind: 'variable_declarator' } })
    .at(-1)
    ?.field('value')
  if (!value) throw new Error('no declaration')
  return shown(new Folder(root, grammar, imported).value(value))
}

describe('Folder.value: expressions by language', () => {
  it.each([
    ['typescript', "const A = 'x'\nconst B = A + '/y'", "A + '/y'", 'x/y'],
    ['typescript', "const A = 'x'\nf(`${A}/z`, `${p}/z`)", '`${A}/z`', 'x/z'],
    ['typescript', "const A = 'x'\nf(`${A}/z`, `${p}/z`)", '`${p}/z`', '?/z'],
    ['typescript', "const A = 'x'\nf(A - '/y')", "A - '/y'", '?'],
    ['typescript', "f(('a' + 'b'))", "('a' + 'b')", 'ab'],
    ['typescript', "const S = S + '/a'", "S + '/a'", '?/a'],
    ['typescript', "function g() { const L = 'l' }\nf(L + '/x')", "L + '/x'", '?/x'],
    ['typescript', "const A = 'x'\nf(a[0] + A)", 'a[0] + A', '?x'],
    ['typescript', "const A = 'x'\nf(this.A + '/b', R.A + '/c')", "this.A + '/b'", 'x/b'],
    [
      'typescript',
      "f(path.join('/v3', 'mfa', 'setup'))",
      "path.join('/v3', 'mfa', 'setup')",
      '/v3/mfa/setup',
    ],
    [
      'typescript',
      "f(join('https://h/', '/v3/', 'mfa'))",
      "join('https://h/', '/v3/', 'mfa')",
      'https://h/v3/mfa',
    ],
    ['typescript', "f(encode('/v3'))", "encode('/v3')", '?'],
    ['typescript', 'f(x.join)', 'x.join', '?'],
    ['python', "A = 'x'\nA = 'y'\nf(A + '/z')", "A + '/z'", 'x/z'],
    ['python', "B = 'b'\nf(f'{B}/v3/{p}')", "f'{B}/v3/{p}'", 'b/v3/?'],
    ['python', "f('a' 'b')", "'a' 'b'", 'ab'],
    ['python', 'f("{}/x/{}".format(a, \'y\'))', '"{}/x/{}".format(a, \'y\')', '?/x/y'],
    ['python', "f(\"{1}/{0}\".format('a', 'b'))", "\"{1}/{0}\".format('a', 'b')", 'b/a'],
    ['python', 'f("{}/{}/{}".format(\'a\'))', '"{}/{}/{}".format(\'a\')', 'a/?/?'],
    ['python', "B = 'b'\nf(base.joinpath('mfa', B))", "base.joinpath('mfa', B)", '?/mfa/b'],
    ['python', "f(r'/v3/mfa' + '''/setup''')", "r'/v3/mfa' + '''/setup'''", '/v3/mfa/setup'],
    ['python', "f(urljoin('https://h/', 'v3'))", "urljoin('https://h/', 'v3')", 'https://h/v3'],
    [
      'go',
      'package m\nconst gw = "g"\nfunc c() { post(fmt.Sprintf("%s/v3/%d/%v", gw, 2)) }',
      'fmt.Sprintf("%s/v3/%d/%v", gw, 2)',
      'g/v3/?/?',
    ],
    ['go', 'package m\nfunc c() { post(`raw/` + "x") }', '`raw/` + "x"', 'raw/x'],
    [
      'csharp',
      'static class R { public const string Mfa = "/v3/mfa"; }\nclass C { void A() { P(string.Format("{0}/challenge", R.Mfa)); P($"{R.Mfa}/setup"); P(@"/v" + "x"); } }',
      'string.Format("{0}/challenge", R.Mfa)',
      '/v3/mfa/challenge',
    ],
    [
      'csharp',
      'static class R { public const string Mfa = "/v3/mfa"; }\nclass C { void A() { P(string.Format("{0}/challenge", R.Mfa)); P($"{R.Mfa}/setup"); P(@"/v" + "x"); } }',
      '$"{R.Mfa}/setup"',
      '/v3/mfa/setup',
    ],
    [
      'csharp',
      'static class R { public const string Mfa = "/v3/mfa"; }\nclass C { void A() { P(string.Format("{0}/challenge", R.Mfa)); P($"{R.Mfa}/setup"); P(@"/v" + "x"); } }',
      '@"/v" + "x"',
      '/vx',
    ],
    ['ruby', 'MFA = "/v3/mfa"\nf("#{MFA}/setup")', '"#{MFA}/setup"', '/v3/mfa/setup'],
    [
      'php',
      '<?php class M { const BASE = \'b\'; const MFA = self::BASE . \'/mfa\'; function a() { f(self::MFA . "/x"); f("{$u}/y"); f("$u/z"); } }',
      'self::MFA . "/x"',
      'b/mfa/x',
    ],
    [
      'php',
      '<?php class M { const BASE = \'b\'; const MFA = self::BASE . \'/mfa\'; function a() { f(self::MFA . "/x"); f("{$u}/y"); f("$u/z"); } }',
      '"{$u}/y"',
      '?/y',
    ],
    [
      'php',
      '<?php class M { const BASE = \'b\'; const MFA = self::BASE . \'/mfa\'; function a() { f(self::MFA . "/x"); f("{$u}/y"); f("$u/z"); } }',
      '"$u/z"',
      '?/z',
    ],
    ['kotlin', 'const val BASE = "b"\nfun f() { g("$BASE/v3", "${BASE}/w") }', '"$BASE/v3"', 'b/v3'],
    ['kotlin', 'const val BASE = "b"\nfun f() { g("$BASE/v3", "${BASE}/w") }', '"${BASE}/w"', 'b/w'],
    ['kotlin', 'const val BASE = "b"\nfun f() { g("%s/v3".format(BASE)) }', '"%s/v3".format(BASE)', 'b/v3'],
    [
      'swift',
      'let base = "b"\nfunc f() { g("\\(base)/v3"); g(URL(string: base)!.appendingPathComponent("mfa")) }',
      '"\\(base)/v3"',
      'b/v3',
    ],
    [
      'swift',
      'let base = "b"\nfunc f() { g(base.appendingPathComponent("mfa")) }',
      'base.appendingPathComponent("mfa")',
      'b/mfa',
    ],
    [
      'java',
      'class C { static final String B = "b"; void f() { g(B + "/v3"); g(String.format("%s/x", B)); g("%s/y".formatted(B)); } }',
      'String.format("%s/x", B)',
      'b/x',
    ],
    [
      'java',
      'class C { static final String B = "b"; void f() { g(B + "/v3"); g(String.format("%s/x", B)); g("%s/y".formatted(B)); } }',
      '"%s/y".formatted(B)',
      'b/y',
    ],
    [
      'bash',
      'URL="https://h/v3"\ncurl "$URL/mfa/setup" "${URL}/x"',
      '"$URL/mfa/setup"',
      'https://h/v3/mfa/setup',
    ],
    ['bash', 'URL="https://h/v3"\ncurl "$URL/mfa/setup" "${URL}/x"', '"${URL}/x"', 'https://h/v3/x'],
  ] as [string, string, string, string][])(
    '%s: %s → %s folds to %j',
    (language, source, expression, value) => {
      expect(folded(language, source, expression)).toBe(value)
    },
  )
})

describe('Folder: bounds and the constants it knows', () => {
  const chain = (n: number) =>
    ["const C0 = 'a/'", ...Array.from({ length: n }, (_, i) => `const C${i + 1} = C${i}`)].join('\n')

  it('follows a chain of constants 16 deep, not 17', () => {
    expect(lastValue(chain(16))).toBe('a/')
    expect(lastValue(chain(17))).toBe('?')
  })

  it('keeps the first 512 characters of a value', () => {
    expect(lastValue(`const L = '${'x'.repeat(600)}'`)).toBe('x'.repeat(512))
  })

  it('knows the first 500 constants of a file', () => {
    const many = Array.from({ length: 501 }, (_, i) => `const K${i} = 'v'`)
    expect(lastValue([...many, 'const Z = K499 + K500'].join('\n'))).toBe('v?')
  })

  it('reads names imported from other modules, after the file’s own', () => {
    const imported = new Map([
      ['BASE', 'https://h'],
      ['A', 'imp'],
    ])
    expect(lastValue("const A = 'own'\nconst Z = BASE + A + B", imported)).toBe('https://hown?')
  })

  const source = [
    "const A = 'x'",
    'const E = process.env.E',
    'const T = `${E}/v3`',
    "const P = '/v3'",
    'f(P, A, T, $P, P.x, o.P)',
    "function g() { const L = '/l'; h(L) }",
  ].join('\n')

  it('knownConstants: the module’s constants whose value is at least partly known', () => {
    const { root, grammar } = snippet('typescript', source)
    const known = new Folder(root, grammar).knownConstants()
    expect([...known].map(([name, value]) => [name, shown(value)])).toEqual([
      ['A', 'x'],
      ['T', '?/v3'],
      ['P', '/v3'],
    ])
  })

  it('referencesIn: the uses of constants that hold a path, and of imported ones the file does not define', () => {
    const { root, grammar } = snippet('typescript', source)
    const imported = new Map([
      ['I', '/i'],
      ['J', 'j'],
      ['P', 'no'],
    ])
    const refs = new Folder(root, grammar, imported).referencesIn(root)
    expect(refs.map((n) => `${n.kind()} ${n.text()}`)).toEqual([
      'identifier T',
      'identifier P',
      'identifier P',
      'identifier T',
      'identifier $P',
      'identifier P',
      'property_identifier P',
    ])
    const other = snippet('typescript', 'f(I, J, K)')
    expect(
      new Folder(other.root, other.grammar, imported).referencesIn(other.root).map((n) => n.text()),
    ).toEqual(['I'])
    expect(new Folder(other.root, other.grammar).referencesIn(other.root)).toEqual([])
  })
})
