// npm start: sets itself up on a fresh machine (dependencies, local build), then runs the demo (scripts/demo.ts).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('start: installing dependencies (npm ci)…')
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1)
}
console.log('start: building the local flavour (dist/local-chrome, dist/local-firefox)…')
if (!run('npm', ['run', '--silent', 'build:local'])) process.exit(1)
process.exit(
  run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/demo.ts', ...process.argv.slice(2)])
    ? 0
    : 1,
)
