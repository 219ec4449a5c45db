import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lintPaths } from '../../../../../src/cli/lint.ts'
import { loadedParsers } from '../../../../../src/cli/source/structural/registry.ts'

// ast-grep registers the @ast-grep/lang-* parsers once per process; the linter registers those of the
// run's languages when the first file needs one. Seen from outside: the parser libraries mapped into
// the process (Linux), and the registry's own list.
const root = mkdtempSync(join(tmpdir(), 'bill-mfa-lazy-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const MAPS = '/proc/self/maps'
/** The @ast-grep/lang-* packages whose parser library this process has loaded. */
function mappedParsers(): string[] {
  if (!existsSync(MAPS)) return []
  const found = readFileSync(MAPS, 'utf8').matchAll(/@ast-grep\/lang-(\w+)\/prebuilds\//g)
  return [...new Set([...found].map((m) => m[1] ?? ''))].sort()
}

function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name)
  mkdirSync(dir)
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
  return dir
}

const BASE = 'https://gateway.stage.bill.com/connect'
const options = { hosts: [], now: new Date('2026-04-10') }
const rules = (r: Awaited<ReturnType<typeof lintPaths>>) => r.findings.map((f) => f.report.ruleId)

describe('parsers load with the first file of their language', () => {
  it('a JavaScript tree loads none; a mixed tree loads the parsers of its own languages only', async () => {
    expect(mappedParsers()).toEqual([])
    const js = tree('js', {
      'mfa.js': `fetch('${BASE}/v3/mfa/challenge', { method: 'POST', body: JSON.stringify({ useBackup: true }) })\n`,
      'README.md': `# Client\n\n\`\`\`js\nfetch('${BASE}/v3/mfa/setup', { body: JSON.stringify({ primary: false }) })\n\`\`\`\n`,
      Makefile: 'test:\n\tnode mfa.js\n',
    })
    expect(rules(await lintPaths([js], options))).toEqual([
      'mfa-setup-secondary-phone',
      'mfa-challenge-backup-phone',
    ])
    expect([...loadedParsers()]).toEqual([])
    expect(mappedParsers()).toEqual([])

    const mixed = tree('mixed', {
      'Mfa.kt': `fun send(http: HttpClient) = http.post("${BASE}/v3/mfa/challenge") { setBody(mapOf("useBackup" to true)) }\n`,
      'mfa.py': `import requests\nrequests.post("${BASE}/v3/mfa/setup", json={"primary": False})\n`,
      'mfa.ts': `export const body = { useBackup: true } // ${BASE}/v3/mfa/challenge\n`,
      // A CI workflow is read as the shell it runs: YAML files bring the shell's parser along.
      'ci.yml': `on: push\njobs:\n  mfa:\n    steps:\n      - run: |\n          curl -d '{"useBackup": true}' ${BASE}/v3/mfa/challenge\n`,
    })
    // The Python file first: it is the one that registers the parsers.
    const found = await lintPaths(
      ['mfa.py', 'Mfa.kt', 'mfa.ts', 'ci.yml'].map((f) => join(mixed, f)),
      options,
    )
    expect(found.findings.map((f) => [f.report.file, f.report.ruleId])).toEqual([
      [expect.stringMatching(/mfa\.py$/), 'mfa-setup-secondary-phone'],
      [expect.stringMatching(/Mfa\.kt$/), 'mfa-challenge-backup-phone'],
      [expect.stringMatching(/mfa\.ts$/), 'mfa-challenge-backup-phone'],
      [expect.stringMatching(/ci\.yml$/), 'mfa-challenge-backup-phone'],
    ])
    expect([...loadedParsers()].sort()).toEqual(['bash', 'kotlin', 'python', 'yaml'])
    if (existsSync(MAPS)) expect(mappedParsers()).toEqual(['bash', 'kotlin', 'python', 'yaml'])
  })
})
