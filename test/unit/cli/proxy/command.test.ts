import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/cli/program.ts'

// `bill-mfa-lint proxy` as the command line reads it, in this process, with a real command run through it.

let target: Server
let origin: string
beforeAll(async () => {
  target = createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'))
  })
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
  origin = `http://127.0.0.1:${(target.address() as AddressInfo).port}`
})
afterAll(() => {
  target.close()
})

async function cli(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

// An integration that makes one deprecated call through the proxy and exits 0.
const INTEGRATION = [
  'node',
  '-e',
  `fetch(process.env.BILL_PROXY_URL + '/connect/v3/mfa/challenge', {
     method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"useBackup":true}',
   }).then((r) => r.text())`,
]

describe('bill-mfa-lint proxy', { timeout: 60_000 }, () => {
  it('--help names each option with its default', async () => {
    const { code, stdout } = await cli(['proxy', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: bill-mfa-lint proxy \[options\] \[command\.\.\.\]/)
    expect(stdout).toContain('Local HTTP proxy in front of BILL: forwards every call unchanged')
    expect(stdout).toMatch(
      /command +command to run with BILL_PROXY_URL set \(after --\); the\s+proxy stops when it exits/,
    )
    expect(stdout).toMatch(/--fail-on <severity> +exit 1 when a finding is at or above this severity/)
    expect(stdout).toMatch(/--target <url> +where calls go/)
    expect(stdout).toMatch(/--port <n> +port on 127\.0\.0\.1 \(0 = any free port\) \(default: "0"\)/)
    expect(stdout).toMatch(/--har <file> +write the calls as a redacted HAR file on exit/)
    expect(stdout).toMatch(/\(choices: "error", "warning", "info", "never", default:\s+"error"\)/)
    expect(stdout).toMatch(/--now <date> +evaluate the date-dependent rules at this date/)
  })

  it('fails on an error by default', async () => {
    const { code, stdout } = await cli(['proxy', '--target', origin, '--', ...INTEGRATION])
    expect(stdout).toMatch(/\n {2}error {3}mfa-challenge-backup-phone/)
    expect(code).toBe(1)
  })

  // The lint command has options of the same names: after "proxy" they are the proxy's.
  it('--now moves the rules’ date', async () => {
    const { code, stdout } = await cli([
      'proxy',
      '--target',
      origin,
      '--now',
      '2026-01-01',
      '--',
      ...INTEGRATION,
    ])
    expect(stdout).toMatch(/\n {2}warning mfa-challenge-backup-phone/)
    expect(code).toBe(0)
  })

  it('--fail-on sets the severity that fails', async () => {
    const { code, stdout } = await cli([
      'proxy',
      '--target',
      origin,
      '--fail-on',
      'never',
      '--',
      ...INTEGRATION,
    ])
    expect(stdout).toMatch(/\n {2}error {3}mfa-challenge-backup-phone/)
    expect(code).toBe(0)
  })

  it('reads every --target given', async () => {
    const { code, stderr } = await cli([
      'proxy',
      '--target',
      'ftp://x.local',
      '--target',
      origin,
      '--',
      'node',
      '-e',
      '0',
    ])
    expect(code).toBe(2)
    expect(stderr).toBe('bill-mfa-lint proxy: --target must be an http or https URL: ftp://x.local\n')
  })

  it('an invalid --fail-on: its error on stderr, exit 2', async () => {
    const { code, stderr } = await cli(['proxy', '--fail-on', 'bogus'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/argument 'bogus' is invalid\. Allowed choices are error, warning, info, never/)
  })

  it('an invalid --now: one line, exit 2', async () => {
    const { code, stderr } = await cli(['proxy', '--now', 'soon', '--', 'node', '-e', '0'])
    expect(code).toBe(2)
    expect(stderr).toBe('bill-mfa-lint: invalid --now date: soon\n')
  })
})
