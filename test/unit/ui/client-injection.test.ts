import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

// Pages reach the background only through the client from ClientContext, so every component can be tested
// with a fake one: nothing under the page folders sends runtime messages or imports the raw transport.
const ROOT = join(import.meta.dirname, '../../..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

it('gives pages the background only through useClient()', () => {
  const pages = ['src/popup', 'src/options', 'src/devtools'].flatMap((d) => files(join(ROOT, d)))
  expect(pages.length).toBeGreaterThan(40)
  const direct = pages
    .filter((path) => /ui\/rpc\.ts'|runtime\.sendMessage|runtime\.onMessage/.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path))
  expect(direct).toEqual([])
})

it('keeps chrome.* out of popup and options components: browser APIs come from the client', () => {
  const pages = ['src/popup', 'src/options'].flatMap((d) => files(join(ROOT, d)))
  const direct = pages
    .filter((path) => !path.endsWith('main.tsx'))
    .filter((path) => /\b(chrome|browser)\.[a-z]/.test(readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '')))
    .map((path) => relative(ROOT, path))
  expect(direct).toEqual([])
})
