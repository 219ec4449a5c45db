// npm test: type-check, lint, unit tests, builds, Firefox lint, end-to-end tests in Chromium and Firefox.
// Ends with one line "tests: N passed, M failed[, K skipped]" counting every suite. Plain JS so that it runs
// on a fresh clone before anything is installed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureBrowsers } from './ensure-browsers.mjs'

const RESULTS = 'artifacts/test-results'
const only = process.argv.slice(2) // e.g. "npm test -- unit" runs one suite
const totals = { passed: 0, failed: 0, skipped: 0 }
const timings = []

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}
const npx = (bin, args, env) => run(process.execPath, [bin, ...args], env)

function timed(name, fn) {
  const started = performance.now()
  const ok = fn()
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return ok
}

/** A check that is not a test runner counts as one test. */
function check(name, fn) {
  if (only.length && !only.includes(name) && !only.includes('checks')) return
  console.log(`\n▶ ${name}`)
  const ok = timed(name, fn)
  if (ok) totals.passed++
  else {
    totals.failed++
    console.error(`✗ ${name} failed`)
  }
}

function vitestSuite(project) {
  if (only.length && !only.includes(project)) return
  console.log(`\n▶ ${project} tests`)
  const out = `${RESULTS}/${project}.json`
  rmSync(out, { force: true })
  const ok = timed(project, () =>
    npx('node_modules/vitest/vitest.mjs', [
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ]),
  )
  if (!existsSync(out)) {
    totals.failed++
    console.error(`✗ ${project}: the runner wrote no results`)
    return
  }
  const r = JSON.parse(readFileSync(out, 'utf8'))
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests
  totals.skipped += r.numPendingTests + r.numTodoTests
  // A suite that failed to load (e.g. a browser missing) has no failed test but is a failure all the same.
  const brokenSuites = r.testResults.filter(
    (t) => t.status === 'failed' && t.assertionResults.length === 0,
  ).length
  if (!ok && r.numFailedTests === 0) totals.failed += Math.max(1, brokenSuites)
}

mkdirSync(RESULTS, { recursive: true })
if (!existsSync('node_modules/.package-lock.json')) {
  console.log('▶ installing dependencies (npm ci)')
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1)
}

// The e2e suite needs Debian's Chromium and Firefox ESR: installed here when missing (root or sudo -n).
if (!only.length || only.includes('e2e'))
  ensureBrowsers(['chromium', 'firefox-esr'], (line) => console.log(`▶ ${line}`))

check('typecheck', () => npx('node_modules/typescript/bin/tsc', ['-p', '.']))
check('lint', () => npx('node_modules/@biomejs/biome/bin/biome', ['check', '.']))
// Unused files, exports and dependencies (knip.json): zero findings, or the run fails.
check('knip', () => npx('node_modules/knip/bin/knip.js', []))
vitestSuite('unit')
check(
  'build',
  () => run('npm', ['run', '--silent', 'build']) && run('npm', ['run', '--silent', 'build:local']),
)
check('lint-firefox', () => run(process.execPath, ['scripts/lint-firefox.mjs', 'dist/firefox']))
vitestSuite('e2e')

console.log(`\ntimes: ${timings.join(', ')}`)
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ''
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`)
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1)
