// npm run mutation [-- [--fail-under N] [--since REV] [--concurrency N] [--timeout-ms N] [FOLDER|FILE ...]]: StrykerJS over the critical folders (or
// the ones named, or the critical files changed since REV), then a per-folder score table in
// artifacts/mutation/scores.md and the surviving mutants in artifacts/mutation/survivors.txt.
// Not part of npm test: a full run takes a long time on two cores (docs/testing.md).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

export const CRITICAL = [
  'src/shared/rules',
  'src/shared/redact',
  'src/shared/session',
  'src/shared/bill',
  'src/background/session',
  'src/background/actions',
  'src/background/router.ts',
  'src/cli/source',
  'src/cli/input',
  'src/cli/proxy',
]
const OUT = 'artifacts/mutation'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'fail-under': { type: 'string' },
    since: { type: 'string' },
    concurrency: { type: 'string' },
    'timeout-ms': { type: 'string' },
  },
})
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim()
const isSource = (f) => /\.tsx?$/.test(f) && !/\.(test|d)\.tsx?$/.test(f)
const folderOf = (file) => CRITICAL.find((c) => file === c || file.startsWith(`${c}/`)) ?? file

let targets = positionals.length ? positionals : CRITICAL
if (values.since) {
  const changed = git('diff', '--name-only', values.since, '--', ...targets).split('\n')
  targets = changed.filter((f) => f && isSource(f) && CRITICAL.some((c) => folderOf(f) === c))
  if (!targets.length) {
    console.log(`mutation: no critical source file changed since ${values.since}`)
    process.exit(0)
  }
}
// Stryker mutates in place (stryker.config.mjs): a run killed midway is undone by `git checkout`, so it must
// start from committed files.
const dirty = git('status', '--porcelain', '--', ...targets)
if (dirty) {
  console.error(`mutation: commit or stash these first (Stryker edits them in place):\n${dirty}`)
  process.exit(2)
}
const mutate = targets.flatMap((t) =>
  isSource(t) ? [t] : [`${t}/**/*.ts`, `${t}/**/*.tsx`, `!${t}/**/*.d.ts`],
)
mkdirSync(OUT, { recursive: true })
const run = spawnSync(
  process.execPath,
  [
    'node_modules/@stryker-mutator/core/bin/stryker.js',
    'run',
    '--mutate',
    mutate.join(','),
    // One test process instead of two on a machine others share.
    ...(values.concurrency ? ['--concurrency', values.concurrency] : []),
    // A shorter wait (stryker.config.mjs: 20 s) for code whose mutants hang on an event that never comes.
    ...(values['timeout-ms'] ? ['--timeoutMS', values['timeout-ms']] : []),
  ],
  { stdio: 'inherit' },
)
if (run.status !== 0) process.exit(run.status ?? 1)

const report = JSON.parse(readFileSync(`${OUT}/mutation.json`, 'utf8'))
const rows = new Map()
const survivors = []
for (const [file, { mutants }] of Object.entries(report.files)) {
  const row = rows.get(folderOf(file)) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 }
  rows.set(folderOf(file), row)
  for (const m of mutants) {
    if (m.status === 'Killed') row.killed++
    else if (m.status === 'Timeout') row.timeout++
    else if (m.status === 'Survived') row.survived++
    else if (m.status === 'NoCoverage') row.noCoverage++
    else row.other++
    if (m.status === 'Survived' || m.status === 'NoCoverage')
      survivors.push(
        `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${(m.replacement ?? '').slice(0, 80).replace(/\s+/g, ' ')}`,
      )
  }
}
const score = (r) => {
  const valid = r.killed + r.timeout + r.survived + r.noCoverage
  return valid ? (100 * (r.killed + r.timeout)) / valid : 100
}
const lines = [
  '| folder | score | killed | timeout | survived | no coverage |',
  '|---|---|---|---|---|---|',
  ...[...rows]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([f, r]) =>
        `| ${f} | ${score(r).toFixed(1)}% | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} |`,
    ),
]
writeFileSync(`${OUT}/scores.md`, `${lines.join('\n')}\n`)
writeFileSync(`${OUT}/survivors.txt`, `${survivors.sort().join('\n')}\n`)
console.log(`\n${lines.join('\n')}\n\nsurvivors: ${OUT}/survivors.txt`)
const floor = values['fail-under'] === undefined ? undefined : Number(values['fail-under'])
const below = floor === undefined ? [] : [...rows].filter(([, r]) => score(r) < floor)
for (const [f, r] of below) console.error(`mutation: ${f} scores ${score(r).toFixed(1)}%, under ${floor}%`)
process.exit(below.length ? 1 : 0)
