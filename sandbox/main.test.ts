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
})
