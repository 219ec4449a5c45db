// web-ext lint on dist/firefox: 0 errors, and no warning but Preact's known innerHTML one
// (UNSAFE_VAR_ASSIGNMENT: an innerHTML assignment inside Preact's runtime chunk, unavoidable with Preact).
import { spawnSync } from 'node:child_process'

const dir = process.argv[2] ?? 'dist/firefox'
const r = spawnSync(
  process.execPath,
  ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', dir, '--output=json'],
  {
    encoding: 'utf8',
  },
)
let report
try {
  report = JSON.parse(r.stdout)
} catch {
  console.error(`lint-firefox: web-ext gave no JSON report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`)
  process.exit(1)
}
const allowed = (w) => w.code === 'UNSAFE_VAR_ASSIGNMENT'
const problems = [...report.errors, ...report.warnings.filter((w) => !allowed(w))]
for (const p of problems) console.error(`lint-firefox: ${p._type} ${p.code} ${p.file ?? ''}: ${p.message}`)
console.log(
  `lint-firefox: ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.filter(allowed).length} known Preact innerHTML)`,
)
process.exit(problems.length === 0 ? 0 : 1)
