import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, runJson } from '../cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-robust-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
const CHALLENGE = 'https://gateway.stage.bill.com/connect/v3/mfa/challenge'
const backup = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  request: {
    method: 'POST',
    url: CHALLENGE,
    body: { mode: 'raw', raw: '{"useBackup": true}', options: { raw: { language: 'json' } } },
    ...extra,
  },
})

function collection(name: string, items: unknown[]): string {
  const path = join(dir, `${name}.json`)
  writeFileSync(path, JSON.stringify({ info: { name, schema: SCHEMA }, item: items }))
  return path
}

// Each malformed collection also holds a well-formed request: it is still linted (nothing is lost).
const MALFORMED: [string, unknown, RegExp][] = [
  ['number-key', backup('bad', { header: [{ key: 5, value: 'x' }] }), /header 1 has a number key/],
  [
    'object-value',
    backup('bad', { header: [{ key: 'X-A', value: { a: 1 } }] }),
    /"X-A"\) has an object value/,
  ],
  ['no-request', { name: 'bad' }, /item "bad" has no request/],
  ['mode-number', backup('bad', { body: { mode: 3, raw: '{}' } }), /body mode is a number/],
]

describe('bill-mfa-lint on malformed and hostile input', () => {
  it.each(MALFORMED)(
    'a collection with %s: exit 2, one line naming file and defect, the rest linted',
    (name, bad, reason) => {
      const file = collection(name, [bad, backup('good')])
      const { status, stderr, report } = runJson(['--now', '2026-04-10', file])
      expect(status).toBe(2)
      const lines = stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^bill-mfa-lint: .*${name}\\.json: malformed Postman collection: `))
      expect(lines[0]).toMatch(reason)
      expect(report.findings.map((f) => [f.location.item, f.ruleId])).toContainEqual([
        'good',
        'mfa-challenge-backup-phone',
      ])
    },
  )

  it('reads a request nested in 1,000 folders', () => {
    let items: unknown[] = [backup('deep')]
    for (let i = 999; i >= 0; i--) items = [{ name: `f${i}`, item: items }]
    const { status, stderr, report } = runJson(['--now', '2026-04-10', collection('deep', items)])
    expect(stderr).toBe('')
    expect(status).toBe(1)
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]?.location.item?.split(' / ')).toHaveLength(1001)
  })

  it('refuses a named pipe and /dev/zero at once, with exit 2 (no hang)', () => {
    const fifo = join(dir, 'capture.har')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const { status, stderr } = runCli([fifo, '/dev/zero'])
    expect(status).toBe(2)
    expect(stderr).toBe(
      `bill-mfa-lint: ${fifo}: not a regular file (a named pipe)\nbill-mfa-lint: /dev/zero: not a regular file (a device)\n`,
    )
  })

  it('skips a named pipe met while walking, noting it under --verbose', () => {
    const tree = join(dir, 'tree')
    mkdirSync(tree)
    expect(spawnSync('mkfifo', [join(tree, 'pipe.json')]).status).toBe(0)
    writeFileSync(join(tree, 'ok.ts'), 'export const x = 1\n')
    const quiet = runCli([tree])
    expect([quiet.status, quiet.stderr]).toEqual([0, ''])
    const verbose = runCli(['--verbose', tree])
    expect(verbose.status).toBe(0)
    expect(verbose.stderr).toContain('pipe.json: skipped: not a regular file')
  })
})
