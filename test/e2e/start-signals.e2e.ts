import { execFileSync, spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { pollUntil } from './harness/poll.ts'

// `npm start` must stop everything it started when npm itself gets SIGTERM (an IDE's stop button, `timeout`):
// the demo process, the sandbox and the browsers. Before, the demo and the sandbox on port 4010 stayed.

/** Every process below `root`, from ps. */
function descendants(root: number): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number])
  const found: number[] = []
  const walk = (pid: number) => {
    for (const [child, parent] of rows)
      if (parent === pid) {
        found.push(child)
        walk(child)
      }
  }
  walk(root)
  return found
}
/** Running, and not a zombie (this container's init does not reap orphans). */
const alive = (pid: number) => {
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .startsWith('Z')
  } catch {
    return false // ps exits 1 for a pid that is gone
  }
}

describe('npm start and signals', () => {
  it('stops the demo, its browser and the sandbox when npm gets SIGTERM', async () => {
    const npm = spawn(
      'npm',
      ['start', '--silent', '--', '--no-build', '--headless', '--screenshots', 'artifacts/signals'],
      {
        env: { ...process.env, DISPLAY: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    npm.stdout.on('data', (d) => {
      out += d
    })
    npm.stderr.on('data', (d) => {
      out += d
    })
    let exited = false
    npm.on('exit', () => {
      exited = true
    })
    const origin = await pollUntil(
      () => /local BILL sandbox: v3 (http:\/\/[\d.:]+)\/connect/.exec(out)?.[1],
      {
        timeoutMs: 60_000,
        what: 'the sandbox to start',
      },
    )
    // Wait until a browser runs under the demo, so there is one to stop.
    const tree = await pollUntil(
      () => {
        const pids = descendants(npm.pid!)
        const names = pids.map((p) => {
          try {
            return execFileSync('ps', ['-o', 'comm=', '-p', String(p)], { encoding: 'utf8' }).trim()
          } catch {
            return ''
          }
        })
        return names.some((n) => n.includes('chrom')) ? pids : undefined
      },
      { timeoutMs: 60_000, what: 'Chromium to start under npm start' },
    )
    expect((await fetch(`${origin}/__sandbox/clock`)).status).toBe(200)

    npm.kill('SIGTERM')
    await pollUntil(() => exited, {
      timeoutMs: 30_000,
      what: 'npm to exit',
    })
    await pollUntil(() => tree.every((pid) => !alive(pid)), {
      timeoutMs: 20_000,
      what: `every process npm start started to end (${tree.filter(alive).join(', ')} still running)`,
    })
    await expect(fetch(`${origin}/__sandbox/clock`)).rejects.toThrow()
    expect(out).toMatch(/SIGTERM: stopping the browser and the sandbox/)
  })
})
