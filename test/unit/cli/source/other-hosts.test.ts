import { describe, expect, it } from 'vitest'
import { BILL_BASE, found, lines } from './mfa-findings.ts'

// Issue 22, class 7: an address on another API's own explicit host is not BILL's, neither for the call
// that names it nor as the file's last-resort guess of where an unresolved flag goes.
describe('another API on its own host', () => {
  it('an unsent type default is not taken for the challenge named on another host', () => {
    const ts = lines(
      'class Prefs { useBackup = true }',
      `export const login = () => fetch('${BILL_BASE}/v3/login', { method: 'POST' })`,
      "export const verify = () => fetch('https://auth.acme.io/v3/mfa/challenge', { method: 'POST' })",
    )
    expect(found('p.ts', ts)).toEqual([])
  })

  it('the same default is still reported when BILL names the challenge', () => {
    const ts = lines(
      'class Prefs { useBackup = true }',
      `export const verify = () => fetch('${BILL_BASE}/v3/mfa/challenge', { method: 'POST' })`,
    )
    expect(found('p.ts', ts)).toEqual(['1 mfa-challenge-backup-phone'])
  })

  it('JavaScript: a body next to a url property naming another host is not the challenge elsewhere', () => {
    const js = lines(
      'export async function sync() {',
      `  await fetch('${BILL_BASE}/v3/mfa/challenge', { method: 'POST', body: JSON.stringify({ useBackup: true }) })`,
      "  await axios({ url: 'https://api.acme.io/v1/prefs', method: 'post', data: { useBackup: true } })",
      '}',
    )
    expect(found('c.js', js)).toEqual(['2 mfa-challenge-backup-phone'])
  })
})
