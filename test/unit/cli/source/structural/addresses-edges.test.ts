import { describe, expect, it } from 'vitest'
import { addressKinds, foldedAddresses } from '../../../../../src/cli/source/structural/addresses.ts'
import { lines } from '../mfa-findings.ts'
import { snippet } from './snippet.ts'

// The edges of addresses.ts that the first mutation run showed untested (docs/testing.md, fifth round).
function addresses(language: string, ...source: string[]) {
  const { root, grammar } = snippet(language, lines(...source))
  return foldedAddresses(root, grammar).map(
    (a) => `${a.node.text()} ${a.kinds.join()}${a.name ? ` as ${a.name}` : ''}`,
  )
}

describe('addresses: edges', () => {
  it('text after the path does not matter, only a space before it', () => {
    expect(addressKinds('https://gateway.stage.bill.com/connect/v3/mfa/setup HTTP/1.1')).toEqual(['setup'])
    expect(addressKinds('POST /v3/mfa/setup')).toEqual([])
  })

  it('a qualified constant read alone is the address, not its last name', () => {
    expect(
      addresses(
        'csharp',
        'static class R { public const string Setup = "/v3/mfa/setup"; }',
        'class C { void A() { Post(R.Setup); } }',
      ),
    ).toEqual(['"/v3/mfa/setup" setup as Setup', 'Setup setup', 'R.Setup setup'])
  })

  it('a string that is a statement of the program itself (Ruby) has no call around it', () => {
    expect(addresses('ruby', '"/v3/mfa/setup"')).toEqual(['"/v3/mfa/setup" setup'])
  })

  it('an argument after another is no declaration: it takes no name', () => {
    expect(addresses('typescript', "send(url, '/v3/mfa/setup')")).toEqual(["'/v3/mfa/setup' setup"])
  })

  it('a member assignment is named by its last name; an index assignment by none', () => {
    expect(
      addresses(
        'python',
        'class A:',
        '    def f(self):',
        "        self.url = '/v3/mfa/setup'",
        "        data['url'] = '/v3/mfa/challenge'",
      ),
    ).toEqual(["'/v3/mfa/setup' setup as url", "'/v3/mfa/challenge' challenge-v3"])
  })
})
