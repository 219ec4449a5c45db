import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, runJson } from '../cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-fix-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const NOW = ['--now', '2026-04-10']
const collection = join(dir, 'mfa.postman_collection.json')
const body = join(dir, 'setup-body.json')
const client = join(dir, 'client.ts')

const COLLECTION = `${JSON.stringify(
  {
    info: { name: 'MFA', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Challenge',
        request: {
          method: 'POST',
          url: '{{baseUrl}}/v3/mfa/challenge',
          body: { mode: 'raw', raw: '{\n  "useBackup": true\n}' },
        },
      },
      {
        name: 'Challenge (variable)',
        request: {
          method: 'POST',
          url: '{{baseUrl}}/v3/mfa/challenge',
          body: { mode: 'raw', raw: '{ "useBackup": {{flag}} }' },
        },
      },
      {
        name: 'Challenge v2',
        request: {
          method: 'POST',
          url: '{{url}}/MFAChallenge.json',
          body: { mode: 'urlencoded', urlencoded: [{ key: 'data', value: '{"useBackup":"TRUE"}' }] },
        },
      },
    ],
  },
  null,
  '\t',
)}\n`
// A request body saved next to its docs: BILL evidence in the file name is not needed, the field is.
const BODY = '{\n  "phone": "+15555550100",\n  "primary": false,\n  "note": "POST /v3/mfa/setup"\n}\n'
const CLIENT = [
  "const BILL = 'https://gateway.stage.bill.com/connect'",
  'export const challenge = (useBackup: boolean) =>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
  "  fetch(`${BILL}/v3/mfa/challenge`, { method: 'POST', body: JSON.stringify({ useBackup: true }) })",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
  'export const later = (useBackup: boolean) => fetch(`${BILL}/v3/mfa/challenge`, { body: JSON.stringify({ useBackup }) })',
  '',
].join('\n')

function reset() {
  writeFileSync(collection, COLLECTION)
  writeFileSync(body, BODY)
  writeFileSync(client, CLIENT)
}

describe('bill-mfa-lint --fix', () => {
  it('--dry-run prints a unified diff of each literal it would rewrite, and writes nothing', () => {
    reset()
    const run = runCli([...NOW, '--fix', '--dry-run', collection, body, client])
    expect(run.stdout).toContain(`--- a/${collection}`)
    expect(run.stdout).toContain('-\t\t\t\t\t"raw": "{\\n  \\"useBackup\\": true\\n}"')
    expect(run.stdout).toContain('+\t\t\t\t\t"raw": "{\\n  \\"useBackup\\": false\\n}"')
    // primary: false -> true would change what the call does: a suggestion, never in the diff.
    expect(run.stdout).not.toContain('"primary": true')
    expect(run.stdout).toContain('JSON.stringify({ useBackup: false })')
    expect(run.stderr).toContain('would fix')
    expect(readFileSync(collection, 'utf8')).toBe(COLLECTION)
    expect(readFileSync(body, 'utf8')).toBe(BODY)
    expect(readFileSync(client, 'utf8')).toBe(CLIENT)
    expect(run.status).toBe(1)
  })

  it('rewrites literals only, keeps the rest of each file byte for byte, and reports what is left', () => {
    reset()
    const run = runJson([...NOW, '--fix', collection, body, client])
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `bill-mfa-lint: fixed ${collection}: item Challenge: useBackup: true -> useBackup: false`,
      `bill-mfa-lint: fixed ${collection}: item Challenge v2: useBackup: "TRUE" -> useBackup: "false"`,
      `bill-mfa-lint: fixed ${client}: line 3: ${CLIENT.split('\n')[2]?.trim()} -> ${CLIENT.split('\n')[2]?.trim().replace('useBackup: true', 'useBackup: false')}`,
      `bill-mfa-lint: not fixed ${body}: line 3:4: mfa-setup-secondary-phone: the fix would change what the call does (a suggestion: review it)`,
    ])
    expect(readFileSync(collection, 'utf8')).toBe(
      COLLECTION.replace('\\"useBackup\\": true', '\\"useBackup\\": false').replace(
        '\\"TRUE\\"',
        '\\"false\\"',
      ),
    )
    expect(readFileSync(body, 'utf8')).toBe(BODY)
    // What is left: the suggestion's error; the run-time values still warned, the allowed values as info.
    expect(run.report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([
      'mfa-setup-secondary-phone',
    ])
    expect(run.status).toBe(1)
    expect(readFileSync(client, 'utf8').split('\n')[3]).toBe(CLIENT.split('\n')[3])
  })
})
