import type { SgNode } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { Folder, UNKNOWN } from '../../../../../src/cli/source/structural/fold.ts'
import { NOW } from '../mfa-findings.ts'
import { snippet } from './snippet.ts'

// Swift fills a format string with `String(format: "%@/v3/mfa/setup", base)`; Python joins a tuple or a
// list of parts with `"".join((base, "/v3/mfa/setup"))`. Both fold to BILL's path.
const rules = (path: string, text: string) =>
  scanSource({ path, text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

function folded(language: string, source: string, expression: string): string {
  const { root, grammar } = snippet(language, source)
  const node = root.find({ rule: { pattern: expression } }) as SgNode
  return new Folder(root, grammar).value(node).replaceAll(UNKNOWN, '?')
}

describe('Folder.value: Swift String(format:) and a Python join over a tuple or list', () => {
  it.each([
    [
      'swift',
      'let b = "h"\nf(String(format: "%@/v3/mfa/setup", b))',
      'String(format: "%@/v3/mfa/setup", b)',
      'h/v3/mfa/setup',
    ],
    [
      'swift',
      'f(String(format: "%@/v3/%@", base, "mfa"))',
      'String(format: "%@/v3/%@", base, "mfa")',
      '?/v3/mfa',
    ],
    ['swift', 'f(String(describing: "%@/v3"))', 'String(describing: "%@/v3")', '?'],
    // Only `String` takes the labelled format: another type's `format:` argument is not filled in.
    ['swift', 'f(Log(format: "%@/v3/mfa/setup", b))', 'Log(format: "%@/v3/mfa/setup", b)', '?'],
    // A call without arguments is neither a join nor a format.
    ['python', 'f(g())', 'g()', '?'],
    [
      'python',
      'B = "h"\nf("".join((B, "/v3/mfa/setup")))',
      '"".join((B, "/v3/mfa/setup"))',
      'h/v3/mfa/setup',
    ],
    ['python', 'f("".join(("/v3/mfa", "setup")))', '"".join(("/v3/mfa", "setup"))', '/v3/mfasetup'],
    ['python', 'f("/".join(["h", "v3", "mfa"]))', '"/".join(["h", "v3", "mfa"])', 'h/v3/mfa'],
    [
      'python',
      'f("".join((base, "/v3/mfa/challenge")))',
      '"".join((base, "/v3/mfa/challenge"))',
      '?/v3/mfa/challenge',
    ],
  ])('%s %j folds to %j', (language, source, expression, value) => {
    expect(folded(language, source, expression)).toBe(value)
  })
})

const swift = (path: string) => `import Foundation

struct BillMfa {
    let base = "https://gateway.stage.bill.com/connect"
    let version = "v3"

    func challenge(session: URLSession) async throws {
        var request = URLRequest(url: URL(string: String(format: "%@/%@${path}", base, version))!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["useBackup": true])
        _ = try await session.data(for: request)
    }
}
`

const python = (path: string) => `import requests

GATEWAY = "https://gateway.stage.bill.com/connect"
VERSION = "v3"


def add_phone(session_id, phone):
    url = "".join((GATEWAY, "/", VERSION, "${path}"))
    return requests.post(url, json={"phone": phone, "primary": False}, headers={"sessionId": session_id})
`

describe('the folded address decides the rule', () => {
  it('Swift: useBackup sent to String(format:) /v3/mfa/challenge is reported, to a vendor’s contacts not', () => {
    expect(rules('Mfa.swift', swift('/mfa/challenge'))).toEqual(['10 mfa-challenge-backup-phone'])
    expect(rules('Mfa.swift', swift('/vendors/00901VEND1/contacts'))).toEqual([])
  })

  it('Python: primary False sent to a joined /v3/mfa/setup is reported, to a vendor’s contacts not', () => {
    expect(rules('mfa.py', python('/mfa/setup'))).toEqual(['9 mfa-setup-secondary-phone'])
    expect(rules('mfa.py', python('/vendors/00901VEND1/contacts'))).toEqual([])
  })
})
