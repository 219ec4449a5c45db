import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

// The repository stands alone (issue 11): nothing reads or cites the helpers' reference folder beside it.
const ROOT = join(import.meta.dirname, '../../..')
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|html|css|md|json)$/
const OUTSIDE =
  /shared\/(reference|fixtures)\/|browser-testing\.md|extension-engineering\.md|style-examples\.md/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return TEXT_FILE.test(name) && statSync(path).size < 1_000_000 ? [path] : []
  })
}

it('reads and cites nothing outside the repository', () => {
  const scanned = [
    ...['src', 'sandbox', 'test', 'scripts', 'bench', 'bin', 'docs'].flatMap((d) => files(join(ROOT, d))),
    join(ROOT, 'README.md'),
    join(ROOT, 'vite.config.ts'),
    join(ROOT, 'vitest.config.ts'),
  ]
  expect(scanned.length).toBeGreaterThan(150)
  const offending = scanned
    .filter((path) => !path.endsWith('self-contained.test.ts') && OUTSIDE.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path))
  expect(offending).toEqual([])
})

it('writes e2e screenshots under artifacts/, never over tracked docs', () => {
  const writesDocs = /screenshot\([^)]*['"`]docs\//
  const offending = files(join(ROOT, 'test/e2e'))
    .filter((path) => writesDocs.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path))
  expect(offending).toEqual([])
})
