import { describe, expect, it } from 'vitest'
import { foldedAddresses } from '../../../../../src/cli/source/structural/addresses.ts'
import { foldsCall } from '../../../../../src/cli/source/structural/fold.ts'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'
import { snippet } from './snippet.ts'

// A string grows into a join or format call only when the folder folds that call: a function whose name
// merely ends in `join` or `format` (`rejoin`, `reformat`) is someone's own, and its argument stays the address.
const addresses = (language: string, text: string) => {
  const { root, grammar } = snippet(language, text)
  return foldedAddresses(root, grammar).map((a) => `${a.node.text()} ${a.kinds.join(',')}`)
}

describe('join and format calls: a whole name or a member, never a suffix', () => {
  it.each([
    'parts.join',
    '"".join',
    "'/'.join",
    'urljoin',
    'os.path.join',
    'path.Join',
    'Path.Combine',
    'fmt.Sprintf',
    '"{}/setup".format',
    'String.format ',
    'parts.join ',
    '\n  parts.join',
  ])('%j folds', (callee) => {
    expect(foldsCall(callee)).toBe(true)
  })

  it("Swift's String(format:) folds whatever space the callee's text keeps, another type's does not", () => {
    expect(foldsCall('String ', 'format: "%@/v3/mfa/setup"')).toBe(true)
    expect(foldsCall('Log', 'format: "%@/v3/mfa/setup"')).toBe(false)
  })

  it.each(['rejoin', 'myjoin', 'self.rejoin', 'reformat', 'unjoinpath', 'post', ''])(
    '%j does not',
    (callee) => {
      expect(foldsCall(callee)).toBe(false)
    },
  )

  it('the argument of rejoin( is an address of its own; a member join still folds its parts', () => {
    expect(
      addresses(
        'typescript',
        "post(rejoin('/v3/mfa/setup', q)); post(parts.join('/v3/mfa', 'setup')); post(reformat('/v3/mfa/challenge'))",
      ),
    ).toEqual([
      "'/v3/mfa/setup' setup",
      "parts.join('/v3/mfa', 'setup') setup",
      "'/v3/mfa/challenge' challenge-v3",
    ])
  })

  it('a Python client with its own rejoin helper: the body it sends to /v3/mfa/setup is read', () => {
    const py = lines(
      'import requests',
      `GATEWAY = "${BILL_BASE}"`,
      '',
      'def rejoin(*parts):',
      '    return "/".join(p.strip("/") for p in parts)',
      '',
      'def add_phone(session, phone):',
      '    return session.post(rejoin(GATEWAY, "/v3/mfa/setup"), json={"phone": phone, "primary": False})',
      '',
      'def challenge(session):',
      '    return session.post(urljoin(GATEWAY, "v3/mfa/challenge"), json={"useBackup": True})',
    )
    expect(found('client.py', py)).toEqual(['8 mfa-setup-secondary-phone', '11 mfa-challenge-backup-phone'])
  })
})
