// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test

import { describe, expect, it } from 'vitest'
import type { MfaKind } from '../../../../../src/cli/source/evidence.ts'
import { resolveHolders } from '../../../../../src/cli/source/structural/module-values.ts'
import { holderUses, kindsOf } from './holder-uses.ts'

const BASE = "const BASE = 'https://gateway.stage.bill.com/connect'"

/** resolveHolders over a snippet, with what other modules say of its module-level names. */
function resolved(text: string, elsewhere: Record<string, MfaKind[]> = {}) {
  const { root, uses, endpoints } = holderUses('typescript', text)
  const asked: string[][] = []
  resolveHolders(root, uses, endpoints, (names) => {
    asked.push([...names])
    return new Map(names.map((name) => [name, new Set(elsewhere[name] ?? [])]))
  })
  return { kinds: kindsOf(uses), asked }
}

describe('resolveHolders: what other modules say of this file’s names', () => {
  it('asks once, for module-level names only, and adds their endpoints to the file’s own', () => {
    const text = [
      BASE,
      'export const BODY = { useBackup: true }',
      'export const SETUP = { primary: false }',
      'function local() { return { useBackup: true } }',
      'send(`${BASE}/v3/mfa/challenge`, BODY)',
    ].join('\n')
    const got = resolved(text, { BODY: ['setup'], SETUP: ['setup'], local: ['setup'] })
    expect(got.asked).toEqual([['BODY', 'SETUP']])
    expect(got.kinds).toEqual(['challenge-v3,setup', 'setup', '-'])
  })

  it('asks nothing when no use is held at module level', () => {
    const text = [BASE, 'function body() { return { useBackup: true } }', 'body()'].join('\n')
    expect(resolved(text, { body: ['setup'] }).asked).toEqual([])
  })

  it('a module-level name sent nowhere gets no endpoint; one the tree does not name stays as found', () => {
    const text = [BASE, 'export const BODY = { useBackup: true }'].join('\n')
    expect(resolved(text).kinds).toEqual([''])
  })
})

describe('resolveHolders: which name holds a use', () => {
  it.each([
    ['a name used outside any call', 'export const BODY = { useBackup: true }\nlog(BODY)', ''],
    ['a class never instantiated', 'class Body { useBackup = true }', '-'],
    ['an anonymous class', 'export const make = () => new (class { useBackup = true })()', '-'],
    [
      'a destructured module-level name',
      'export const [b] = [{ useBackup: true }]\nsend(`${BASE}/v3/mfa/challenge`, b)',
      '-',
    ],
    [
      'a use of the name in its own statement',
      'export const BODY = { useBackup: true }, SENT = send(`${BASE}/v3/mfa/challenge`, BODY)',
      '',
    ],
  ])('%s', (_, body, kinds) => {
    const { root, uses, endpoints } = holderUses('typescript', `${BASE}\n${body}`)
    resolveHolders(root, uses, endpoints)
    expect(kindsOf(uses)).toEqual([kinds])
  })

  it('PHP: `$body` is the module-level name `body`', () => {
    const php =
      "<?php\n$body = ['useBackup' => true];\nf();\nfunction f() { post('https://gateway.stage.bill.com/connect/v3/mfa/challenge', $body); }"
    const { root, uses, endpoints } = holderUses('php', php)
    resolveHolders(root, uses, endpoints)
    expect(kindsOf(uses)).toEqual(['challenge-v3'])
  })
})

it('Ruby: `$body` is the module-level name `body`', () => {
  const rb =
    '$body = { useBackup: true }\ndef f(h) h.post("https://gateway.stage.bill.com/connect/v3/mfa/challenge", $body) end'
  const { root, uses, endpoints } = holderUses('ruby', rb)
  resolveHolders(root, uses, endpoints)
  expect(kindsOf(uses)).toEqual(['challenge-v3'])
})

describe('resolveHolders: bounds', () => {
  it('follows the first 200 names, not the 201st', () => {
    const text = [
      BASE,
      ...Array.from({ length: 201 }, (_, i) => `function b${i}() { return { useBackup: true } }`),
      ...Array.from({ length: 201 }, (_, i) => `send(\`\${BASE}/v3/mfa/challenge\`, b${i}())`),
    ].join('\n')
    const { kinds } = resolved(text)
    expect(kinds.slice(0, 200).every((k) => k === 'challenge-v3')).toBe(true)
    expect(kinds[200]).toBe('-')
  })
})
