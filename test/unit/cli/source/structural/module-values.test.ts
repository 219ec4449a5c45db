// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'

// resolveHolders: a body built in a function, a type or a module-level constant goes where that name is used.
const BASE = `const BASE = '${BILL_BASE}'`

describe('bodies held by a name', () => {
  it('a function that builds a body goes where its calls go', () => {
    const ts = lines(
      BASE,
      'function challengeBody() { return { useBackup: true } }',
      'function prefs() { return { useBackup: true } }',
      'export const a = () => send(`${BASE}/v3/mfa/challenge`, challengeBody())',
      'export const b = () => send(`${BASE}/v3/vendors/1`, prefs())',
    )
    expect(found('a.ts', ts)).toEqual(['2 mfa-challenge-backup-phone'])
  })

  it('a module-level body goes where it is sent; one used nowhere is not ours', () => {
    const ts = lines(
      BASE,
      'const SETUP_BODY = { primary: false }',
      'const UNUSED = { primary: false }',
      'const VENDOR = { primary: false }',
      'export const a = () => send(`${BASE}/v3/mfa/setup`, SETUP_BODY)',
      'export const b = () => send(`${BASE}/v3/vendors/1`, VENDOR)',
    )
    expect(found('a.ts', ts)).toEqual(['2 mfa-setup-secondary-phone'])
    const php = lines(
      '<?php',
      "const SETUP = ['primary' => false];",
      "function a($h) { $h->post('https://gateway.stage.bill.com/connect/v3/mfa/setup', SETUP); }",
    )
    expect(found('a.php', php)).toEqual(['2 mfa-setup-secondary-phone'])
  })

  it('a type’s field goes where its instances go', () => {
    const ts = lines(
      BASE,
      'class SetupBody { primary = false }',
      'class Prefs { primary = false }',
      'export const a = () => send(`${BASE}/v3/mfa/setup`, new SetupBody())',
      'export const b = () => send(`${BASE}/v3/vendors/1`, new Prefs())',
    )
    expect(found('a.ts', ts)).toEqual(['2 mfa-setup-secondary-phone'])
  })

  it('a function never called, or anonymous, keeps its literal (it may be public API)', () => {
    const call = 'export const a = () => send(`${BASE}/v3/mfa/challenge`, x)'
    expect(
      found('a.ts', lines(BASE, 'export function challengeBody() { return { useBackup: true } }', call)),
    ).toEqual(['2 mfa-challenge-backup-phone'])
    expect(found('a.ts', lines(BASE, 'run(function () { return { useBackup: true } })', call))).toEqual([
      '2 mfa-challenge-backup-phone',
    ])
  })

  it('a function’s uses of its own name (recursion) are not where it is sent', () => {
    const ts = lines(
      BASE,
      'function challengeBody(n) { return n ? challengeBody(n - 1) : { useBackup: true } }',
      'export const a = () => send(`${BASE}/v3/mfa/challenge`, x)',
    )
    expect(found('a.ts', ts)).toEqual(['2 mfa-challenge-backup-phone'])
  })
})
