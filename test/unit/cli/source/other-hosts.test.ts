import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runs } from '../../property-runs.ts'
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

// The same rule where no parser reads the file: the line matcher (a language without a parser, or one whose
// parser is not installed) and the prose around a Markdown code block.
const elixir = (url: string) =>
  lines(
    `@base "${BILL_BASE}"`,
    'def add_phone(phone) do',
    `  HTTPoison.post("${url}", Jason.encode!(%{"phone" => phone, "primary" => false}))`,
    'end',
  )
const markdown = (url: string) =>
  lines(
    '# Second factor',
    '',
    `Ask for a code with \`POST ${url}\`:`,
    '',
    '```json',
    '{"useBackup": true}',
    '```',
    '',
  )

describe('another API on its own host, read by the line matcher', () => {
  it("a primary flag next to another host's /mfa/setup gives nothing, whatever that host", () => {
    const others = fc.domain().filter((d) => !/(^|\.)bill\.com$/i.test(d))
    fc.assert(
      fc.property(others, (host) => {
        expect(found('phones.ex', elixir(`https://${host}/v3/mfa/setup`))).toEqual([])
      }),
      runs(50),
    )
  })

  it("BILL's own /mfa/setup, on its host or as a bare path, is still found", () => {
    expect(found('phones.ex', elixir(`${BILL_BASE}/v3/mfa/setup`))).toEqual(['3 mfa-setup-secondary-phone'])
    expect(found('phones.ex', elixir('/v3/mfa/setup'))).toEqual(['3 mfa-setup-secondary-phone'])
  })
})

describe('another API on its own host, named in the prose of a Markdown document', () => {
  it('its example body gives nothing', () => {
    expect(found('acme.md', markdown('https://auth.acme.io/v3/mfa/challenge'))).toEqual([])
    // Also when BILL is named elsewhere in the document.
    const both = `${markdown('https://auth.acme.io/v3/mfa/challenge')}\nBILL's own client lives at ${BILL_BASE}.\n`
    expect(found('acme.md', both)).toEqual([])
  })

  it("the same body under BILL's endpoint, on its host or as a bare path, is still found", () => {
    expect(found('bill.md', markdown(`${BILL_BASE}/v3/mfa/challenge`))).toEqual([
      '6 mfa-challenge-backup-phone',
    ])
    const bare = `${markdown('/v3/mfa/challenge')}\nBase URL: ${BILL_BASE}\n`
    expect(found('bill.md', bare)).toEqual(['6 mfa-challenge-backup-phone'])
  })
})
