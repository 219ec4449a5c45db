import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Pool } from 'undici'
import { startSandbox } from '../sandbox/server.ts'
import { type Benchmark, median } from './bench.ts'

const WARMUP = 100
const PAIRS = 500
const TARGET_MS = 2
const REPO = fileURLToPath(new URL('../', import.meta.url))

/** CPU seconds a Linux process has used (user + system), or undefined elsewhere. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

/**
 * bill-mfa-lint proxy, run as users run it (its own process), in front of the local sandbox: the latency it
 * adds to a deprecated call (forwarding, linting request and response, redacting the HAR entry) against the
 * same call sent straight to the sandbox. Calls alternate over keep-alive connections; the figure is the
 * median of the per-pair differences.
 */
const benchmark: Benchmark = {
  name: 'proxy-latency',
  async run() {
    const sandbox = await startSandbox({ port: 0, quiet: true })
    const child = spawn(
      process.execPath,
      ['bin/bill-mfa-lint.js', 'proxy', '--target', sandbox.origin, '--fail-on', 'never'],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the proxy exited ${code} before listening`)))
      child.stdout.on('data', (c: Buffer) => {
        out = (out + c.toString()).slice(-4096)
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
        if (m?.[1]) resolve(m[1])
      })
    })
    let flagged = 0
    child.stdout.on('data', (c: Buffer) => {
      flagged += c.toString().split('mfa-challenge-backup-phone').length - 1
    })
    const direct = new Pool(sandbox.origin, { connections: 1 })
    const proxied = new Pool(url, { connections: 1 })
    // A deprecated call: the rules flag the request and the sandbox's rejection in the response.
    const call = async (pool: Pool) => {
      const start = performance.now()
      const res = await pool.request({
        path: '/connect/v3/mfa/challenge',
        method: 'POST',
        headers: { 'content-type': 'application/json', sessionId: 'bench-not-a-session' },
        body: '{"useBackup":true}',
      })
      await res.body.text()
      return performance.now() - start
    }
    try {
      for (let i = 0; i < WARMUP; i++) {
        await call(direct)
        await call(proxied)
      }
      const cpuBefore = cpuSeconds(child.pid ?? 0)
      const straight: number[] = []
      const through: number[] = []
      const added: number[] = []
      for (let i = 0; i < PAIRS; i++) {
        const a = await call(direct)
        const b = await call(proxied)
        straight.push(a)
        through.push(b)
        added.push(b - a)
      }
      const cpuAfter = cpuSeconds(child.pid ?? 0)
      if (flagged < PAIRS) throw new Error(`expected a finding per proxied call, saw ${flagged}`)
      const extra = median(added)
      console.log(
        `  ${PAIRS} alternating calls after ${WARMUP} warm-up pairs (POST /connect/v3/mfa/challenge)`,
      )
      console.log(`    direct to the sandbox            median ${median(straight).toFixed(2)} ms`)
      console.log(`    through bill-mfa-lint proxy      median ${median(through).toFixed(2)} ms`)
      if (cpuBefore !== undefined && cpuAfter !== undefined)
        console.log(
          `    proxy CPU per call               ${(((cpuAfter - cpuBefore) * 1000) / PAIRS).toFixed(2)} ms`,
        )
      console.log(
        `    added per call                   median ${extra.toFixed(2)} ms (target ≤ ${TARGET_MS} ms: ${extra <= TARGET_MS ? 'ok' : 'OVER'}; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)`,
      )
    } finally {
      await Promise.all([direct.close(), proxied.close()])
      child.kill('SIGTERM')
      await sandbox.close()
    }
  },
}

export default benchmark
