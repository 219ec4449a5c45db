// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { addressKinds, foldedAddresses } from '../../../../../src/cli/source/structural/addresses.ts'
import { UNKNOWN } from '../../../../../src/cli/source/structural/fold.ts'
import { lines } from '../mfa-findings.ts'
import { snippet } from './snippet.ts'

const BILL = 'https://gateway.stage.bill.com/connect'

describe('addressKinds: what a folded string names', () => {
  it.each([
    [`${BILL}/v3/mfa/challenge`, ['challenge-v3']],
    ['/v3/mfa/setup', ['setup']],
    ['api/v2/MFAChallenge.json', ['challenge-v2']],
    ['/v3/vendors/1', ['other']],
    [`${UNKNOWN}/v3/mfa/setup`, ['setup']],
    [`https://${UNKNOWN}/v3/mfa/challenge`, ['challenge-v3']],
  ])('%j names %j', (text, kinds) => {
    expect(addressKinds(text)).toEqual(kinds)
  })

  it.each([
    ['a base path, not an endpoint', '/v3/mfa'],
    ['a base path with its slash', `${BILL}/v3/MFA/`],
    ['a sentence that mentions a path', 'then call /v3/mfa/setup'],
    ['a sentence with a tab before the path', 'see\t/v3/mfa/setup'],
    ['no path at all', 'hello'],
    ['an empty string', ''],
  ])('%s names nothing', (_why, text) => {
    expect(addressKinds(text)).toEqual([])
  })

  it('any URL on another API’s own host is `other`, MFA path or not', () => {
    expect(addressKinds('https://auth.acme.io/v3/mfa/challenge')).toEqual(['other'])
    expect(addressKinds('https://auth.acme.io/login')).toEqual(['other'])
    expect(addressKinds('HTTP://auth.acme.io/v3/mfa/setup')).toEqual(['other'])
    // An unknown part after the host is read as any text: the host still decides.
    expect(addressKinds(`https://auth.acme.io/${UNKNOWN}/v3/mfa/setup`)).toEqual(['other'])
  })

  it('a host that is partly unknown, or BILL’s, is no other API’s', () => {
    expect(addressKinds(`https://auth${UNKNOWN}.io/v3/mfa/setup`)).toEqual(['setup'])
    expect(addressKinds(`https://${UNKNOWN}.acme.io/v3/mfa/setup`)).toEqual(['setup'])
    expect(addressKinds('https://api.bill.com/v3/mfa/setup')).toEqual(['setup'])
    expect(addressKinds('https://api.bill.com/login')).toEqual([])
  })
})

/** What foldedAddresses finds: each address's text, kinds, name and whether it has a scope. */
function addresses(language: string, ...source: string[]) {
  const text = lines(...source)
  const { root, grammar } = snippet(language, text)
  return foldedAddresses(root, grammar).map((a) => ({
    text: a.node.text(),
    kinds: a.kinds,
    ...(a.name ? { name: a.name } : {}),
    ...(a.scope ? { scope: text.slice(a.scope.start, a.scope.end) } : {}),
  }))
}

describe('foldedAddresses: string expressions that fold to an endpoint', () => {
  it('a constant built from another, and a use of it with a suffix (each expression once)', () => {
    expect(
      addresses(
        'typescript',
        `const BASE = '${BILL}'`,
        "const MFA = BASE + '/v3/mfa'",
        "post(MFA + '/' + 'challenge', body)",
      ),
    ).toEqual([{ text: "MFA + '/' + 'challenge'", kinds: ['challenge-v3'] }])
  })

  it('a declared constant carries its name; a local one also the function it means something in', () => {
    const src = [
      "const CHALLENGE = '/v3/mfa/challenge'",
      'function f() { const url = `${host}/v3/mfa/setup`; return url }',
      "const g = () => { let other = '/v3/vendors' }",
    ]
    expect(addresses('typescript', ...src)).toEqual([
      { text: "'/v3/mfa/challenge'", kinds: ['challenge-v3'], name: 'CHALLENGE' },
      {
        text: '`${host}/v3/mfa/setup`',
        kinds: ['setup'],
        name: 'url',
        scope: 'function f() { const url = `${host}/v3/mfa/setup`; return url }',
      },
      {
        text: "'/v3/vendors'",
        kinds: ['other'],
        name: 'other',
        scope: "() => { let other = '/v3/vendors' }",
      },
      // The constant's own name, read as its value: an address, but no declaration of another name.
      { text: 'CHALLENGE', kinds: ['challenge-v3'] },
    ])
  })

  it('a string that is not a declaration’s value has no name', () => {
    expect(addresses('typescript', "send('/v3/mfa/setup')", "x = ['/v3/mfa/challenge']")).toEqual([
      { text: "'/v3/mfa/setup'", kinds: ['setup'] },
      { text: "'/v3/mfa/challenge'", kinds: ['challenge-v3'] },
    ])
  })

  it('a qualified name is read as the constant it names, to the end of the expression', () => {
    expect(
      addresses(
        'csharp',
        'static class R { public const string Mfa = "/v3/mfa"; }',
        'class C { void A() { Post(R.Mfa + "/setup"); } }',
      ),
    ).toEqual([{ text: 'R.Mfa + "/setup"', kinds: ['setup'] }])
  })

  it('join and format calls fold their arguments; other calls do not take them in', () => {
    expect(
      addresses(
        'python',
        'MFA = "v3/mfa"',
        'a = urljoin(BASE, MFA + "/challenge")',
        'b = "{}/{}/setup".format(BASE, MFA)',
        'c = quote("/v3/mfa/setup")',
      ),
    ).toEqual([
      { text: 'urljoin(BASE, MFA + "/challenge")', kinds: ['challenge-v3'], name: 'a' },
      { text: '"{}/{}/setup".format(BASE, MFA)', kinds: ['setup'], name: 'b' },
      { text: '"/v3/mfa/setup"', kinds: ['setup'] },
      { text: 'a', kinds: ['challenge-v3'] },
      { text: 'b', kinds: ['setup'] },
    ])
  })

  it('Go: a format call, and a string inside a call that is not a join', () => {
    expect(
      addresses(
        'go',
        'package m',
        'func c() { post(fmt.Sprintf("%s/v3/mfa/%s", gw, "challenge")) }',
        'func d() { post(strings.ToLower("/v3/mfa/setup")) }',
      ),
    ).toEqual([
      { text: 'fmt.Sprintf("%s/v3/mfa/%s", gw, "challenge")', kinds: ['challenge-v3'] },
      { text: '"/v3/mfa/setup"', kinds: ['setup'] },
    ])
  })

  it('Ruby: an interpolation grows into its string', () => {
    expect(
      addresses('ruby', 'MFA_PATH = "/v3/mfa"', 'def c(conn) conn.post("#{MFA_PATH}/challenge") end'),
    ).toEqual([{ text: '"#{MFA_PATH}/challenge"', kinds: ['challenge-v3'] }])
  })

  it('the MFAChallenge name of API v2 is found without a slash; another API’s URL is `other`', () => {
    expect(
      addresses('typescript', "const V2 = 'MFAChallenge.json'", "get('https://auth.acme.io/v3/mfa/setup')"),
    ).toEqual([
      { text: "'MFAChallenge.json'", kinds: ['challenge-v2'], name: 'V2' },
      { text: "'https://auth.acme.io/v3/mfa/setup'", kinds: ['other'] },
    ])
  })

  it('strings with no slash and constants holding none are not followed', () => {
    expect(addresses('typescript', "const A = 'mfa'", "const B = A + 'setup'", "go(B, 'x')")).toEqual([])
  })
})
