import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import template from '../../../../manifest.json' with { type: 'json' }
import { flavourFromEnv, manifestFor } from '../../../../scripts/flavours.ts'
import { DEPRECATIONS, PRIMARY_PHONE_ONLY_SINCE } from '../../../../src/shared/bill/deprecations.ts'
import { KNOWN_HOSTS } from '../../../../src/shared/bill/hosts.ts'

// Each BILL fact is written in one code file (issue 11): these scans keep it that way.
const ROOT = join(import.meta.dirname, '../../../..')
const CODE_DIRS = ['src', 'sandbox', 'scripts', 'bench', 'bin']
const CODE_FILE = /\.(ts|tsx|js|mjs|cjs|html)$/

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return codeFiles(path)
    return CODE_FILE.test(name) && !name.includes('.test.') ? [path] : []
  })
}

const FILES = [
  ...CODE_DIRS.flatMap((d) => codeFiles(join(ROOT, d))),
  join(ROOT, 'vite.config.ts'),
  join(ROOT, 'manifest.json'),
].map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))

const filesMatching = (pattern: RegExp) => FILES.filter((f) => pattern.test(f.text)).map((f) => f.path)
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('each BILL fact in one code file', () => {
  it('scans a real tree', () => {
    expect(FILES.length).toBeGreaterThan(100)
  })

  it('writes the backup-phone removal date only in the deprecations table', () => {
    const [y, m, d] = PRIMARY_PHONE_ONLY_SINCE.split('-').map(Number)
    const asDateUtc = new RegExp(`Date\\.UTC\\(\\s*${y},\\s*${(m ?? 0) - 1},\\s*${d}\\b`)
    expect(filesMatching(new RegExp(literal(PRIMARY_PHONE_ONLY_SINCE)))).toEqual([
      'src/shared/bill/deprecations.ts',
    ])
    expect(filesMatching(asDateUtc)).toEqual([])
    for (const dep of DEPRECATIONS) expect(dep.since).toBe(PRIMARY_PHONE_ONLY_SINCE)
  })

  it.each(KNOWN_HOSTS.map((h) => h.host))('writes the host %s only in the hosts table', (host) => {
    expect(filesMatching(new RegExp(`(?<![\\w.-])${literal(host)}(?![\\w-])`, 'i'))).toEqual([
      'src/shared/bill/hosts.ts',
    ])
  })

  it('interprets BILL error codes in src only through the codes table (its keys are not quoted)', () => {
    const quoted = /['"`]BDC_\d{4}['"`]/
    expect(filesMatching(quoted).filter((p) => p.startsWith('src/'))).toEqual([])
  })
})

describe('the manifests are generated from the hosts table', () => {
  it('asks for the sandbox hosts at install and the production hosts when needed', () => {
    const store = manifestFor(template, flavourFromEnv({}))
    expect(store.host_permissions).toEqual([
      'https://gateway.stage.bill.com/*',
      'https://api-stage.bill.com/*',
    ])
    expect(store.optional_host_permissions).toEqual([
      'https://gateway.prod.bill.com/*',
      'https://api.bill.com/*',
    ])
    const local = manifestFor(template, flavourFromEnv({ FLAVOUR: 'local', TARGET: 'firefox' }))
    expect(local.host_permissions).toEqual([
      'https://gateway.stage.bill.com/*',
      'https://api-stage.bill.com/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ])
  })

  it('keeps no host in the template', () => {
    expect(template).not.toHaveProperty('host_permissions')
    expect(template).not.toHaveProperty('optional_host_permissions')
  })
})
