import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../../../sandbox/server.ts'
import { startCli } from './proxy-cli-run.ts'

// The real CLI (bin/bill-mfa-lint.js proxy) in front of the local sandbox, over real HTTP.

describe('bill-mfa-lint proxy', { timeout: 60_000 }, () => {
  let sandbox: RunningSandbox
  let dir: string
  let env: Record<string, string>
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true })
    dir = mkdtempSync(join(tmpdir(), 'bill-proxy-'))
    const a = sandbox.accounts.find((x) => x.phone)
    if (!a) throw new Error('no MFA account in the sandbox seed')
    env = {
      BILL_USER: a.username,
      BILL_PASSWORD: a.password,
      BILL_ORG: a.organizationId,
      BILL_DEVKEY: a.devKey,
    }
  })
  afterAll(async () => {
    await sandbox?.close()
  })

  it('runs an integration, flags its v2 and v3 backup-phone calls, exits 1 and records them redacted', async () => {
    const har = join(dir, 'calls.har')
    const script = 'test/fixtures/proxy/deprecated-calls.mjs'
    const run = startCli(['proxy', '--target', sandbox.origin, '--har', har, '--', 'node', script], env)
    const { code, stdout, stderr } = await run.done
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines[0]).toMatch(/^bill-mfa-lint proxy listening on http:\/\/127\.0\.0\.1:\d+$/)
    expect(lines).toContainEqual(expect.stringMatching(/^POST \/connect\/v3\/mfa\/challenge 400 \d+ ms$/))
    expect(lines).toContainEqual(expect.stringMatching(/^POST \/api\/v2\/MFAChallenge\.json 200 \d+ ms$/))
    const flagged = lines.filter((l) => l.includes('error   mfa-challenge-backup-phone: "useBackup": true'))
    expect(flagged).toHaveLength(2)
    expect(stdout).toContain('fix: Set "useBackup" to false or remove the field')
    expect(stdout).toContain('integration: done')
    expect(lines).toContain('✖ 4 errors, 0 warnings, 0 infos in 4 BILL calls')

    const text = readFileSync(har, 'utf8')
    const doc = JSON.parse(text) as {
      log: { entries: { request: { url: string; postData?: { text: string } } }[] }
    }
    const urls = doc.log.entries.map((e) => new URL(e.request.url).pathname)
    expect(urls).toEqual([
      '/connect/v3/login',
      '/connect/v3/mfa/challenge',
      '/api/v2/Login.json',
      '/api/v2/MFAChallenge.json',
    ])
    expect(doc.log.entries[1]?.request.postData?.text).toBe('{"useBackup":true}')
    for (const secret of Object.values(env)) if (secret !== env.BILL_ORG) expect(text).not.toContain(secret)
    expect(stdout).not.toContain(env.BILL_PASSWORD)
    // The HAR reads back through the lint CLI with the same findings.
    const lint = startCli(['--host', '127.0.0.1', '--format', 'json', har])
    const report = JSON.parse((await lint.done).stdout) as { findings: { ruleId: string }[] }
    expect(
      report.findings.map((f) => f.ruleId).filter((r) => r === 'mfa-challenge-backup-phone'),
    ).toHaveLength(2)
  })

  it('flags an integration that signs in again after BDC_1361, counts it in the summary and exits 1', async () => {
    const script = 'test/fixtures/proxy/untrusted-session.mjs'
    const run = startCli(['proxy', '--target', sandbox.origin, '--', 'node', script], {
      ...env,
      BILL_ON_UNTRUSTED: 'relogin',
    })
    const { code, stdout, stderr } = await run.done
    expect(stderr).toBe('')
    expect(stdout).toContain('integration: gave up after 3 untrusted sessions')
    const lines = stdout.split('\n')
    // The second and third sign-ins show the pattern; the first does not.
    const logins = lines.flatMap((l, i) => (/^POST \/connect\/v3\/login 200/.test(l) ? [i] : []))
    expect(logins).toHaveLength(3)
    const flagged = logins.map((i) => /untrusted-session-relogin/.test(lines[i + 1] ?? ''))
    expect(flagged).toEqual([false, true, true])
    expect(lines).toContainEqual(expect.stringMatching(/ 2 errors, 3 warnings, 0 infos in 6 BILL calls$/))
    expect(code).toBe(1)
  })

  it('returns the command’s own exit code when nothing reaches --fail-on', async () => {
    const run = startCli(
      ['proxy', '--target', sandbox.origin, '--fail-on', 'never', '--', 'node', '-e', 'process.exit(3)'],
      env,
    )
    const { code, stdout } = await run.done
    expect(code).toBe(3)
    expect(stdout).toContain('✔ 0 errors, 0 warnings, 0 infos in 0 BILL calls')
  })

  it('writes the HAR when stopped with SIGTERM', async () => {
    const har = join(dir, 'signal.har')
    const run = startCli(['proxy', '--target', sandbox.origin, '--har', har])
    const url = await run.url
    const res = await fetch(`${url}/connect/v3/mfa/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '+12025550143', primary: false }),
    })
    await res.text()
    run.child.kill('SIGTERM')
    const { code, stdout } = await run.done
    expect(stdout).toContain('mfa-setup-secondary-phone')
    expect(code).toBe(1)
    const doc = JSON.parse(readFileSync(har, 'utf8')) as { log: { entries: unknown[] } }
    expect(doc.log.entries).toHaveLength(1)
  })

  it('refuses unusable options and a busy port with one line and exit 2', async () => {
    const bad = await startCli(['proxy', '--target', 'ftp://x']).done
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'bill-mfa-lint proxy: --target must be an http or https URL: ftp://x',
    ])
    const busy = createServer()
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()))
    const port = (busy.address() as { port: number }).port
    const taken = await startCli(['proxy', '--port', String(port)]).done
    busy.close()
    expect(taken.code).toBe(2)
    expect(taken.stderr.trim()).toBe(`bill-mfa-lint proxy: cannot listen on 127.0.0.1:${port}: EADDRINUSE`)
    const missing = await startCli(['proxy', '--', 'no-such-command-here']).done
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot run no-such-command-here: ENOENT')
  })
})
