import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../cli-run.ts'

// A fix that changes what a call does is a suggestion: shown, never applied by --fix.

const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-fix-safety-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const NOW = ['--now', '2026-04-10']
const client = join(dir, 'phones.ts')
const collection = join(dir, 'setup.postman_collection.json')

// `primary: true` here would make BILL replace the user's primary MFA phone with the "backup" one.
const CLIENT = [
  "const BILL = 'https://gateway.stage.bill.com/connect'",
  'export function addBackupPhone(phone: string) {',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
  "  return fetch(`${BILL}/v3/mfa/setup`, { method: 'POST', body: JSON.stringify({ phone, primary: false }) })",
  '}',
  'export function challenge() {',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
  "  return fetch(`${BILL}/v3/mfa/challenge`, { method: 'POST', body: JSON.stringify({ useBackup: true }) })",
  '}',
  '',
].join('\n')
const COLLECTION = `${JSON.stringify(
  {
    info: { name: 'MFA', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Add backup phone',
        request: {
          method: 'POST',
          url: '{{baseUrl}}/v3/mfa/setup',
          body: { mode: 'raw', raw: '{ "phone": "+15555550100", "primary": false }' },
        },
      },
    ],
  },
  null,
  2,
)}\n`

interface SarifResult {
  ruleId: string
  properties?: { fixKind?: string }
  fixes?: {
    description: { text: string }
    properties: { fixKind: string }
    artifactChanges: {
      artifactLocation: { uri: string }
      replacements: {
        deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }
        insertedContent: { text: string }
      }[]
    }[]
  }[]
}

describe('--fix edits only what keeps the call’s meaning', () => {
  it('leaves primary: false in a function that adds a backup phone, and says why; fixes useBackup', () => {
    writeFileSync(client, CLIENT)
    writeFileSync(collection, COLLECTION)
    const run = runCli([...NOW, '--fix', client, collection])
    expect(readFileSync(collection, 'utf8')).toBe(COLLECTION)
    expect(readFileSync(client, 'utf8')).toBe(CLIENT.replace('useBackup: true', 'useBackup: false'))
    expect(run.stderr).toContain(`bill-mfa-lint: fixed ${client}: line 6:`)
    expect(run.stderr).toContain(
      `bill-mfa-lint: not fixed ${client}: line 3:88: mfa-setup-secondary-phone: the fix would change what the call does (a suggestion: review it)`,
    )
    expect(run.stderr).toContain(
      `bill-mfa-lint: not fixed ${collection}: item Add backup phone: mfa-setup-secondary-phone:`,
    )
    // The suggestion's finding is still there, and still fails the run.
    expect(run.stdout).toContain('suggestion: Set "primary" to true')
    expect(run.status).toBe(1)
  })

  it('labels each fix in the text report: fix (safe) or suggestion', () => {
    writeFileSync(client, CLIENT)
    const { stdout } = runCli([...NOW, client])
    expect(stdout).toContain('            suggestion: Set "primary" to true')
    expect(stdout).toContain('            fix: Set "useBackup" to false')
    expect(stdout).not.toContain('fix: Set "primary"')
  })

  it('gives SARIF fixes with the replacement, the suggestion marked as such', () => {
    writeFileSync(client, CLIENT)
    const sarif = JSON.parse(runCli([...NOW, '--format', 'sarif', client]).stdout)
    const results: SarifResult[] = sarif.runs[0].results
    const setup = results.find((r) => r.ruleId === 'mfa-setup-secondary-phone')
    const challenge = results.find((r) => r.ruleId === 'mfa-challenge-backup-phone')
    expect(setup?.properties?.fixKind).toBe('suggestion')
    expect(setup?.fixes?.[0]?.properties.fixKind).toBe('suggestion')
    expect(setup?.fixes?.[0]?.description.text).toMatch(/^Suggestion, not applied by --fix: it changes what/)
    const [change] = setup?.fixes?.[0]?.artifactChanges ?? []
    expect(change?.artifactLocation.uri).toBe(encodeURI(client))
    const line = CLIENT.split('\n')[2] ?? ''
    expect(change?.replacements).toEqual([
      {
        deletedRegion: {
          startLine: 3,
          startColumn: line.indexOf('false') + 1,
          endLine: 3,
          endColumn: line.indexOf('false') + 6,
        },
        insertedContent: { text: 'true' },
      },
    ])
    expect(challenge?.properties?.fixKind).toBe('safe')
    expect(challenge?.fixes?.[0]?.properties.fixKind).toBe('safe')
    expect(challenge?.fixes?.[0]?.description.text).toMatch(/^Set "useBackup" to false/)
    expect(challenge?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent.text).toBe('false')
  })
})
