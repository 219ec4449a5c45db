import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Benchmark, median } from './bench.ts'
import { generateHar } from './generate-har.ts'

// The shipped CLI (the bundle npm run pack:cli builds) as a whole process, against what the same work
// costs at the least, measured in the same run and interleaved so that load on the machine hits both:
//   a 50+ MB HAR          vs  node -e reading and JSON.parse-ing it                 (target <= 1.3x)
//                             (a fifth of its entries BILL calls; again with 2%)
//   node_modules (20k+)   vs  grep -rlE 'useBackup|primary|MFAChallenge' over it   (target <= 2x)
//   --version             vs  node -e 0                                             (target <= 3x)
// GNU time gives each child's CPU time (user + system) beside the wall clock: on a machine shared with
// other work, wall-clock ratios swing with the load while CPU ratios stay put.

const REPO = fileURLToPath(new URL('../', import.meta.url))
const CLI = join(REPO, 'packages/bill-mfa-lint/dist/bill-mfa-lint.js')
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

interface Time {
  wall: number
  cpu?: number
}

function timed(cmd: string, args: string[], ok: readonly number[]): Time {
  const [bin, argv] = GNU_TIME ? [GNU_TIME, ['-f', '@cpu %U %S', cmd, ...args]] : [cmd, args]
  const start = performance.now()
  const r = spawnSync(bin, argv, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 })
  const wall = performance.now() - start
  const stderr = r.stderr.toString()
  const failed = GNU_TIME ? /exited with non-zero status (\d+)/.exec(stderr) : undefined
  const code = failed ? Number(failed[1]) : r.status
  if (code === null || !ok.includes(code))
    throw new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`)
  const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(stderr)
  return { wall, ...(cpu ? { cpu: (Number(cpu[1]) + Number(cpu[2])) * 1000 } : {}) }
}

/** Medians of `runs` interleaved runs of the baseline and the CLI, after one warm-up of each. */
function compare(runs: number, baseline: () => Time, cli: () => Time): [Time, Time] {
  baseline()
  cli()
  const b: Time[] = []
  const c: Time[] = []
  for (let i = 0; i < runs; i++) {
    b.push(baseline())
    c.push(cli())
  }
  const mid = (ts: Time[]): Time => {
    const cpus = ts.flatMap((t) => (t.cpu === undefined ? [] : [t.cpu]))
    return { wall: median(ts.map((t) => t.wall)), ...(cpus.length ? { cpu: median(cpus) } : {}) }
  }
  return [mid(b), mid(c)]
}

const num = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0)).padStart(6)

function cells(b: number | undefined, c: number | undefined, target: number): string {
  if (b === undefined || c === undefined || b === 0) return `${num(b)} ${num(c)}      -     `
  const r = c / b
  return `${num(b)} ${num(c)} ${`${r.toFixed(2)}x`.padStart(6)} ${r <= target ? 'ok  ' : 'OVER'}`
}

const row = (what: string, base: string, b: Time, c: Time, target: number) =>
  `  ${what.padEnd(28)} ${base.padEnd(44)} ${cells(b.wall, c.wall, target)} | ${cells(b.cpu, c.cpu, target)} | <= ${target}x`

const benchmark: Benchmark = {
  name: 'lint-cli',
  async run() {
    const built = spawnSync(process.execPath, ['scripts/pack-cli.mjs', '--no-pack'], {
      cwd: REPO,
      encoding: 'utf8',
    })
    if (built.status !== 0) throw new Error(`bundling failed: ${built.stderr}`)
    const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-bench-'))
    try {
      const rows: string[] = []
      // The target's capture (a fifth of it BILL calls), and one where BILL is 2% of the traffic: the
      // second row shows what reading costs, the first adds evaluating thousands of BILL requests.
      for (const share of [0.2, 0.02]) {
        const har = join(dir, `capture-${share}.har`)
        const info = generateHar(har, 55 * 1024 * 1024, share)
        // Nine runs each: a shared machine's noise moves a median of five by several percent.
        const [hb, hc] = compare(
          9,
          () =>
            timed(
              process.execPath,
              ['-e', 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))', har],
              [0],
            ),
          () => timed(process.execPath, [CLI, '--format', 'json', '--now', '2026-04-10', har], [1]),
        )
        const mb = (info.bytes / 1024 / 1024).toFixed(0)
        const what = `HAR ${mb} MB, ${info.billEntries}/${info.entries} BILL`
        rows.push(row(what, 'node -e read + JSON.parse', hb, hc, 1.3))
      }

      const count = spawnSync('sh', ['-c', 'find node_modules -type f | wc -l'], {
        cwd: REPO,
        encoding: 'utf8',
      })
      const [tb, tc] = compare(
        3,
        () => timed('grep', ['-rlE', 'useBackup|primary|MFAChallenge', 'node_modules'], [0, 1]),
        () => timed(process.execPath, [CLI, '--format', 'json', '--fail-on', 'never', 'node_modules'], [0]),
      )
      rows.push(
        row(
          `node_modules, ${count.stdout.trim()} files`,
          "grep -rlE 'useBackup|primary|MFAChallenge'",
          tb,
          tc,
          2,
        ),
      )

      const [vb, vc] = compare(
        10,
        () => timed(process.execPath, ['-e', '0'], [0]),
        () => timed(process.execPath, [CLI, '--version'], [0]),
      )
      rows.push(row('--version', 'node -e 0', vb, vc, 3))

      const head = `${'base'.padStart(6)} ${'cli'.padStart(6)}  ratio     `
      console.log(`  ${'whole process, median ms'.padEnd(28)} ${'baseline'.padEnd(44)} ${head} | ${head} |`)
      console.log(
        `  ${''.padEnd(28)} ${''.padEnd(44)} ${'wall clock'.padEnd(27)} | ${'CPU (user + system)'.padEnd(27)} |`,
      )
      for (const r of rows) console.log(r)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

export default benchmark
