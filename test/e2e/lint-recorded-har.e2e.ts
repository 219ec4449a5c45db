import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'

const run = promisify(execFile)

// A HAR recorded by Chromium while the sandbox's QA demo page calls BILL with the removed backup-phone values,
// then linted by the real CLI, exactly as a team would in CI.
describe('bill-mfa-lint on a HAR recorded from the local sandbox', () => {
  let sandbox: RunningSandbox
  let dir: string
  let har: string
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    dir = mkdtempSync(join(tmpdir(), 'bill-har-'))
    har = join(dir, 'demo.har')
    const ext = await launchChromium({ recordHarPath: har })
    const page = await ext.context.newPage()
    await page.goto(`${sandbox.origin}/__sandbox/demo`)
    await page.click('#run-all')
    await pollUntil(async () => (await page.textContent('#status')) === 'done', { what: 'the demo calls' })
    await ext.close() // writes the HAR
  })
  afterAll(async () => {
    await sandbox?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  // Without --host too: BILL's own paths on a look-alike host are BILL traffic, as in the panel.
  it.each([
    ['without --host', []],
    ['with --host', ['--host', '(origin)']],
  ])(
    'reports the v2 and v3 backup-phone values and BILL’s refusals, and exits 1 (%s)',
    async (_, hostArgs) => {
      expect(JSON.parse(readFileSync(har, 'utf8')).log.entries.length).toBeGreaterThan(5)
      const host = new URL(sandbox.origin).host
      const args = hostArgs.map((a) => (a === '(origin)' ? host : a))
      const result = await run(process.execPath, [
        'bin/bill-mfa-lint.js',
        '--format',
        'json',
        ...args,
        har,
      ]).catch((e: { code: number; stdout: string }) => e)
      expect('code' in result ? result.code : 0).toBe(1)
      const report = JSON.parse(result.stdout) as {
        findings: { ruleId: string; severity: string; request?: { api: string; url: string } }[]
        summary: { errors: number }
      }
      const found = (ruleId: string, api: string) =>
        report.findings.filter((f) => f.ruleId === ruleId && f.request?.api === api && f.severity === 'error')
      expect(found('mfa-challenge-backup-phone', 'v3')).toHaveLength(1)
      expect(found('mfa-challenge-backup-phone', 'v2')).toHaveLength(1)
      expect(found('mfa-setup-secondary-phone', 'v3')).toHaveLength(1)
      expect(report.findings.some((f) => f.ruleId === 'deprecated-field-rejected')).toBe(true)
      // The good challenge (no useBackup) and the sign-ins are not flagged as errors.
      expect(
        report.findings.filter(
          (f) => f.severity === 'error' && /\/login|Login\.json/.test(f.request?.url ?? ''),
        ),
      ).toEqual([])
      // Secrets from the recorded requests do not reach the report.
      expect(result.stdout).not.toContain(sandbox.accounts[0]!.password)
    },
  )
})
