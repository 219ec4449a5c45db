import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import coveredThrough from './covered-through.json' with { type: 'json' }

// A missing test shows: every source file of the critical folders (the ones mutation testing scores) has a unit
// test that imports it, or a line in covered-through.json naming the test that reaches it through another file
// (its folder's index, a process run, a real browser). Unit tests live in test/unit/ mirroring src/. `npm run mutation` then says how well those tests catch bugs.

const CRITICAL = [
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

const walk = (dir: string, out: string[] = []): string[] => {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else out.push(p)
  }
  return out
}
const isCode = (f: string) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts')
const sources = CRITICAL.flatMap((c) => (isCode(c) ? [c] : walk(c).filter(isCode)))
const IMPORT = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g
const imported = new Set(
  walk('test/unit')
    .filter(isCode)
    .flatMap((t) =>
      [...readFileSync(t, 'utf8').matchAll(IMPORT)].map((m) =>
        path.normalize(path.join(path.dirname(t), m[1] ?? '')),
      ),
    ),
)
const listed = coveredThrough as Record<string, string>

describe('every critical source file has a test', () => {
  it('is imported by a unit test, or says which test covers it', () => {
    const missing = sources.filter((f) => !imported.has(f) && !listed[f])
    expect(missing, 'add a test for these, or a line in test/unit/project/covered-through.json').toEqual([])
  })

  it('lists only files that exist and still have no test of their own', () => {
    const stale = Object.keys(listed).filter((f) => !sources.includes(f) || imported.has(f))
    expect(stale, 'remove these lines from covered-through.json').toEqual([])
  })
})
