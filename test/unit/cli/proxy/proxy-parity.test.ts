import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../../../sandbox/server.ts'
import { sandboxEnv, startCli } from './proxy-cli-run.ts'

// The go-live check of the README: an integration's own script run through `bill-mfa-lint proxy` against the
// sandbox in production parity. A script that signs in again after BDC_1361 fails the proxy run with
// untrusted-session-relogin (and so does its HAR in the CLI); one that completes MFA passes both.

const SCRIPT = 'test/fixtures/proxy/untrusted-session.mjs'

describe('go-live check: proxy in front of --parity production', { timeout: 120_000 }, () => {
  let sandbox: RunningSandbox
  let dir: string
  let env: Record<string, string>
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true, parity: 'production' })
    dir = mkdtempSync(join(tmpdir(), 'bill-parity-'))
    env = sandboxEnv(sandbox)
  })
  afterAll(async () => {
    await sandbox?.close()
  })

  async function goLiveCheck(onUntrusted: string) {
    const har = join(dir, `${onUntrusted}.har`)
    const proxy = startCli(['proxy', '--target', sandbox.origin, '--har', har, '--', 'node', SCRIPT], {
      ...env,
      BILL_ON_UNTRUSTED: onUntrusted,
    })
    const proxied = await proxy.done
    const lint = await startCli(['--host', '127.0.0.1', har]).done
    return { proxied, lint }
  }

  it('a script that signs in again after each BDC_1361 fails with untrusted-session-relogin', async () => {
    const { proxied, lint } = await goLiveCheck('relogin')
    expect(proxied.stderr).toBe('')
    expect(proxied.stdout).toContain('integration: gave up after 3 untrusted sessions')
    expect(proxied.stdout).toMatch(/^POST \/connect\/v3\/payments 403 \d+ ms$/m)
    // The proxy runs the sequence rules live: it names the pattern and fails the run itself.
    expect(proxied.stdout.match(/error +untrusted-session-relogin/g)).toHaveLength(2)
    expect(proxied.code).toBe(1)
    // Its HAR, linted afterwards, says the same.
    expect(lint.code).toBe(1)
    expect(lint.stdout.match(/untrusted-session-relogin/g)?.length).toBeGreaterThanOrEqual(2)
    for (const secret of [env.BILL_PASSWORD, env.BILL_DEVKEY]) expect(lint.stdout).not.toContain(secret)
  })

  it('a script that completes MFA after BDC_1361 pays and passes', async () => {
    const { proxied, lint } = await goLiveCheck('mfa')
    expect(proxied.stdout).toContain('integration: paid on attempt 2')
    expect(proxied.stdout).not.toContain('untrusted-session-relogin')
    expect(proxied.code).toBe(0)
    expect(lint.stdout).not.toContain('untrusted-session-relogin')
    expect(lint.code).toBe(0)
  })
})
