import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli-run.ts'
import { emptyEntry, harOf } from '../har-entry-fixture.ts'

// The CLI's reports mask URLs with the same redaction as the panel's exports (shared/redact's redactUrl), so
// an MFA id or an OAuth token in a query or fragment is masked in every output format, not only BILL's four
// credential names.

const MFA_ID = '!mfa-Q7xZp2LwK9vRt4'
const ACCESS_TOKEN = 'at-8Hs2Kd9QwLm3Nx'
const MASK = '%5Bredacted%5D'

function harWithSecretUrl(): string {
  const entry = emptyEntry(
    `https://gateway.stage.bill.com/connect/v3/mfa/challenge?devKey=DK-query-0001&mfaId=${encodeURIComponent(MFA_ID)}&access_token=${ACCESS_TOKEN}`,
  )
  entry.request.postData = { mimeType: 'application/json', text: '{"useBackup":true}' }
  const dir = mkdtempSync(join(tmpdir(), 'cli-url-redaction-'))
  const file = join(dir, 'secret-url.har')
  writeFileSync(file, JSON.stringify(harOf(entry)))
  return file
}

describe('bill-mfa-lint: URLs in reports', () => {
  const file = harWithSecretUrl()
  const secrets = [MFA_ID, encodeURIComponent(MFA_ID), ACCESS_TOKEN, 'DK-query-0001']

  it.each(['json', 'sarif', 'text'])('masks mfaId and access_token in %s output', (format) => {
    const { status, stdout } = runCli(['--now', '2026-04-10', '--format', format, file])
    expect(status).toBe(1)
    for (const secret of secrets) expect(stdout).not.toContain(secret)
    if (format !== 'sarif') expect(stdout).toContain(`&mfaId=${MASK}&access_token=${MASK}`)
  })
})
