// npm start: sets itself up on a fresh machine (dependencies, Chromium, local build), then runs the demo
// (scripts/demo.ts) in a child it stops on Ctrl+C, SIGTERM (an IDE's stop button, `timeout`) and SIGHUP.
// `--no-build` skips the build (the e2e test of the signals uses it).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ensureBrowsers } from './ensure-browsers.mjs'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0
const args = process.argv.slice(2)

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('start: installing dependencies (npm ci)…')
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1)
}
if (!ensureBrowsers(['chromium'], (line) => console.log(`start: ${line}`))) process.exit(1)
if (!args.includes('--no-build')) {
  console.log('start: building the local flavour (dist/local-chrome, dist/local-firefox)…')
  if (!run('npm', ['run', '--silent', 'build:local'])) process.exit(1)
}

// One process for the demo (tsx as a loader, not tsx's own CLI, which would add a process of its own).
const demo = spawn(
  process.execPath,
  ['--import', 'tsx', 'scripts/demo.ts', ...args.filter((a) => a !== '--no-build')],
  { stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => demo.kill(signal))
// npm passes a SIGTERM to the `sh -c` it runs this script in, and that shell ends without passing it on:
// a new parent process means whoever started us is gone, which is a SIGTERM too.
const parent = process.ppid
setInterval(() => process.ppid !== parent && demo.kill('SIGTERM'), 250).unref()
demo.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
