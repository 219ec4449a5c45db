import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lintPaths } from '../../src/cli/lint.ts'
import { helperThread } from '../../src/cli/parallel/helper.ts'
import { REPO, runCli } from './cli-run.ts'

// A tree of more than a thousand files is shared between the main thread and a helper thread, in runs
// of files handed out alternately. The report must be the same, byte for byte, as on one thread, and a
// helper that cannot start must cost nothing but time.

const CORPUS = join(REPO, 'test/fixtures/lint/corpus')
let tree: string

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-threads-'))
  const corpus = ['node/bill-client.ts', 'python/bill_mfa.py', 'java/BillMfaClient.java', 'go/mfa.go']
  for (let i = 0; i < 1300; i++) {
    const dir = join(tree, `pkg${String(Math.floor(i / 100)).padStart(2, '0')}`)
    mkdirSync(dir, { recursive: true })
    // BILL integration files from the corpus, spread through the tree so that both threads get some.
    const from = i % 97 === 0 ? corpus[(i / 97) % corpus.length] : undefined
    if (from) writeFileSync(join(dir, `f${i}-${from.split('/')[1]}`), readFileSync(join(CORPUS, from)))
    else if (i % 131 === 0) writeFileSync(join(dir, `f${i}.json`), '{"broken": ')
    else if (i % 151 === 0) writeFileSync(join(dir, `f${i}.bin`), Buffer.from([1, 0, 2, 0]))
    else writeFileSync(join(dir, `f${i}.js`), `export const primary = ${i} // backup retry policy\n`)
  }
})

afterAll(() => rmSync(tree, { recursive: true, force: true }))

describe('bill-mfa-lint on a big tree, with a helper thread', () => {
  it('reports exactly what one thread reports', () => {
    const args = ['--format', 'json', '--verbose', '--now', '2026-04-10', tree]
    const two = runCli(args)
    const one = runCli(args, { BILL_MFA_LINT_THREADS: '1' })
    expect(one.status).toBe(1)
    expect(two.status).toBe(one.status)
    expect(two.stdout).toBe(one.stdout)
    const helperNote = /^bill-mfa-lint: note: a helper thread linted part of the input.*\n/m
    expect(two.stderr.replace(helperNote, '')).toBe(one.stderr)
    expect(one.stderr).not.toMatch(helperNote)
    if (availableParallelism() > 1) expect(two.stderr).toMatch(helperNote)
    const report = JSON.parse(one.stdout) as { findings: { file: string }[] }
    expect(new Set(report.findings.map((f) => f.file.split('/').pop())).size).toBeGreaterThanOrEqual(8)
  })

  it('lints the helper’s share itself when the helper cannot start', async () => {
    const options = { hosts: [], now: new Date('2026-04-10T00:00:00Z') }
    const helper = helperThread(new URL('file:///nonexistent/bill-mfa-lint.js'))
    const withBroken = await lintPaths([tree], options, helper)
    expect(helper.status()).toMatch(/^the helper thread failed \(.+\); the main thread did its share$/)
    helper.close()
    expect(withBroken).toEqual(await lintPaths([tree], options))
    expect(withBroken.findings.length).toBeGreaterThan(0)
  })
})
