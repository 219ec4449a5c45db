// web-ext lint on dist/firefox: 0 errors and 0 warnings, or the step fails. (Preact's one innerHTML write, the
// only warning there was, is left out of the build by scripts/no-inner-html.ts.)
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
const problems = [...report.errors, ...report.warnings]
for (const p of problems)
  console.error(`lint-firefox: ${p._type} ${p.code} ${p.file ?? ''}:${p.line ?? ''}: ${p.message}`)
console.log(`lint-firefox: ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings`)
process.exit(problems.length === 0 ? 0 : 1)
