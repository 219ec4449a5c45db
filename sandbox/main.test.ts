import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `npm run sandbox -- --port N` on a busy port: one line naming the port and the way out, no stack trace.

const REPO = fileURLToPath(new URL('../', import.meta.url))

function runSandbox(args: readonly string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts', ...args], { cwd: REPO })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => {
    stderr += c
  })
  return new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
  )
}

describe('sandbox CLI', () => {
  it('says which port is busy and suggests --port 0, in one line', async () => {
    const busy = createServer()
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()))
    const port = (busy.address() as { port: number }).port
    const { code, stderr } = await runSandbox(['--port', String(port), '--quiet'])
    busy.close()
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      `sandbox: port ${port} is in use on 127.0.0.1 (another sandbox, or npm start?): stop it, or pick a free port with --port 0`,
    ])
  }, 60_000)

  it('names a bad --parity or --token-lifetime-hours in one line', async () => {
    const parity = await runSandbox(['--port', '0', '--quiet', '--parity', 'prod'])
    expect(parity.code).toBe(1)
    expect(parity.stderr.trim().split('\n')).toEqual([
      "error: option '--parity <mode>' argument 'prod' is invalid. Expected sandbox or production.",
    ])
    const hours = await runSandbox(['--port', '0', '--quiet', '--token-lifetime-hours', 'soon'])
    expect(hours.code).toBe(1)
    expect(hours.stderr.trim().split('\n')).toEqual([
      "error: option '--token-lifetime-hours <n|never>' argument 'soon' is invalid. Expected a number of hours above 0, or never.",
    ])
  }, 60_000)
})
