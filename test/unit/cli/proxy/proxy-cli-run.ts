import { type ChildProcess, spawn } from 'node:child_process'
import type { SeedAccount } from '../../../../sandbox/accounts.ts'
import { REPO } from '../../cli-run.ts'

// The real CLI (bin/bill-mfa-lint.js) as a child process, for the proxy's tests.

export interface Run {
  child: ChildProcess
  done: Promise<{ code: number | null; stdout: string; stderr: string }>
  /** Resolves with the proxy's URL once it printed its start line. */
  url: Promise<string>
}

export function startCli(args: readonly string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['bin/bill-mfa-lint.js', ...args], {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: '1', ...env },
  })
  let stdout = ''
  let stderr = ''
  let found: (url: string) => void = () => undefined
  const url = new Promise<string>((resolve) => {
    found = resolve
  })
  child.stdout?.on('data', (c: Buffer) => {
    stdout += c.toString()
    const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)
    if (m?.[1]) found(m[1])
  })
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString()
  })
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  )
  return { child, done, url }
}

/** The environment an integration script reads: a seeded user with an MFA phone, and the sandbox's own URL. */
export function sandboxEnv(sandbox: {
  origin: string
  accounts: readonly SeedAccount[]
}): Record<string, string> {
  const a = sandbox.accounts.find((x) => x.phone)
  if (!a) throw new Error('no MFA account in the sandbox seed')
  return {
    BILL_USER: a.username,
    BILL_PASSWORD: a.password,
    BILL_ORG: a.organizationId,
    BILL_DEVKEY: a.devKey,
    SANDBOX_URL: sandbox.origin,
  }
}
