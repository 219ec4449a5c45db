// npm run build        -> dist/chrome, dist/firefox and their zips in artifacts/
// npm run build:local  -> dist/local-chrome, dist/local-firefox (may also reach the local BILL sandbox)
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { FLAVOURS, type Flavour, outDirFor } from './flavours.ts'

const local = process.argv.includes('--local')
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } })
  if (r.status !== 0) {
    console.error(`build: ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`)
    process.exit(1)
  }
}

function buildOne(f: Flavour): void {
  const started = performance.now()
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    TARGET: f.browser,
    FLAVOUR: f.local ? 'local' : 'store',
  })
  console.log(`build: ${outDirFor(f)} in ${Math.round(performance.now() - started)} ms`)
}

function zip(f: Flavour): void {
  const filename = `bill-sandbox-companion-${f.browser}-${version}.zip`
  run(process.execPath, [
    'node_modules/web-ext/bin/web-ext.js',
    'build',
    '--source-dir',
    outDirFor(f),
    '--artifacts-dir',
    'artifacts',
    '--filename',
    filename,
    '--overwrite-dest',
    '--no-input',
  ])
}

for (const f of FLAVOURS.filter((x) => x.local === local)) {
  buildOne(f)
  if (!local) zip(f)
}
