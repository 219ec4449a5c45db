// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { resolveLocals } from '../../../../../src/cli/source/structural/local-holders.ts'
import { work } from '../../../../../src/cli/source/work.ts'
import { holderUses, kindsOf } from './holder-uses.ts'

const BASE = "const BASE = 'https://gateway.stage.bill.com/connect'"

/** resolveLocals over a snippet: each use's endpoints, `-` where the locals decided nothing. */
function resolved(language: string, text: string): string[] {
  const { uses, endpoints } = holderUses(language, text)
  resolveLocals(uses, endpoints, text)
  return kindsOf(uses)
}

describe('resolveLocals: what is a local and what is a send', () => {
  it.each([
    [
      'a local sent to the challenge',
      'const body = { useBackup: true }; send(`${BASE}/v3/mfa/challenge`, body)',
      'challenge-v3',
    ],
    ['a local never sent', 'const body = { useBackup: true }', '-'],
    ['a local given to a call that names no endpoint', 'const body = { useBackup: true }; log(body)', '-'],
    [
      'a body given straight to a call',
      'send(`${BASE}/v3/mfa/challenge`, { useBackup: true }, undefined)',
      '-',
    ],
    [
      'a destructured declaration',
      'const [b] = [{ useBackup: true }]; send(`${BASE}/v3/mfa/challenge`, b)',
      '-',
    ],
    [
      'a body built in a function of the function',
      'const body = { make: () => ({ useBackup: true }) }; send(`${BASE}/v3/mfa/challenge`, body)',
      '-',
    ],
  ])('%s', (_, body, kinds) => {
    expect(resolved('typescript', `${BASE}\nfunction f() { ${body} }`)).toEqual([kinds])
  })

  it('PHP: `$body` is the local `body`', () => {
    const php = [
      '<?php',
      'function f($h) {',
      "  $body = ['useBackup' => true];",
      "  $h->post('https://gateway.stage.bill.com/connect/v3/mfa/challenge', $body);",
      '}',
    ].join('\n')
    expect(resolved('php', php)).toEqual(['challenge-v3'])
  })

  it('Ruby: `$body` is the name `body`', () => {
    const rb = [
      'def f(h)',
      '  $body = { useBackup: true }',
      '  h.post("https://gateway.stage.bill.com/connect/v3/mfa/challenge", $body)',
      'end',
    ].join('\n')
    expect(resolved('ruby', rb)).toEqual(['challenge-v3'])
  })

  it('Java: the map read inside its own filling call is not sent there', () => {
    const java = [
      'class C { void s() {',
      '  Map<String, Object> contact = new HashMap<>(); contact.put("primary", contact.isEmpty());',
      '  http.post("https://gateway.stage.bill.com/connect/v3/vendors/1/contacts", contact);',
      '  http.post("https://gateway.stage.bill.com/connect/v3/mfa/setup", other); } }',
    ].join('\n')
    expect(resolved('java', java)).toEqual(['other'])
  })

  it('counts its work: each step up from a use', () => {
    const { uses, endpoints } = holderUses('typescript', 'function f() { send(url, { useBackup: true }) }')
    work.steps = 0
    resolveLocals(uses, endpoints, '')
    expect(work.steps).toBeGreaterThanOrEqual(4)
  })

  it('follows the first 200 locals, not the 201st', () => {
    const fn = (i: number) =>
      `function f${i}() { const body = { useBackup: true }; send(\`\${BASE}/v3/mfa/challenge\`, body) }`
    const kinds = resolved('typescript', [BASE, ...Array.from({ length: 201 }, (_, i) => fn(i))].join('\n'))
    expect(kinds.slice(0, 200).every((k) => k === 'challenge-v3')).toBe(true)
    expect(kinds[200]).toBe('-')
  })
})
