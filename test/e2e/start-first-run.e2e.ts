import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// First run of `npm start` without a display, on a machine where the sandbox's port is taken: it says which
// port it used instead, and ends with the three things to try that the README promises.

describe('npm start, headless, first run', () => {
  it('says when the preferred port is taken and ends with the three next steps', async () => {
    const busy = createServer()
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()))
    const taken = (busy.address() as { port: number }).port
    const shots = mkdtempSync(join(tmpdir(), 'bill-start-'))
    const npm = spawn(
      'npm',
      [
        'start',
        '--silent',
        '--',
        '--no-build',
        '--headless',
        '--port',
        String(taken),
        '--screenshots',
        shots,
      ],
      { env: { ...process.env, DISPLAY: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    npm.stdout.on('data', (d) => {
      out += d
    })
    npm.stderr.on('data', (d) => {
      out += d
    })
    const code = await new Promise<number | null>((resolve) => npm.on('exit', resolve))
    busy.close()
    expect(code, out).toBe(0)
    const moved = new RegExp(`start: port ${taken} is in use: the sandbox runs on port (\\d+) instead`).exec(
      out,
    )
    expect(moved, out).not.toBeNull()
    expect(out).toContain(`local BILL sandbox: v3 http://127.0.0.1:${moved?.[1]}/connect`)
    const steps = out.slice(out.indexOf('start: three things to try:'))
    expect(steps, out).toMatch(/^start: three things to try:\n {2}1\. Open the screenshots in /)
    expect(steps).toContain(shots)
    expect(steps).toMatch(/\n {2}2\. .*\n(.*\n)* {2}3\. Lint files in CI style: npm run bill-mfa-lint -- /)
  }, 300_000)
})
