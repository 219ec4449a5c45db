import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixSource, scanSource } from '../../../../src/cli/source/index.ts'
import { runCli } from '../../cli-run.ts'

const NOW = { now: new Date('2026-04-10') }
const lines = (...l: string[]) => l.join('\n')
const scan = (path: string, text: string) => scanSource({ path, text }, NOW).findings

describe('suppression comments', () => {
  const MARK =
    'bill-mfa-lint-disable-next-line mfa-challenge-backup-phone -- sandbox account without a primary phone'
  it.each([
    ['a.ts', `// ${MARK}`, "post('/v3/mfa/challenge', { useBackup: true })"],
    ['a.ts', `/* ${MARK} */`, "post('/v3/mfa/challenge', { useBackup: true })"],
    ['A.java', `    // ${MARK}`, 'post("/v3/mfa/challenge", Map.of("useBackup", true));'],
    ['a.py', `# ${MARK}`, 's.post("/v3/mfa/challenge", json={"useBackup": True})'],
    ['a.rb', `# ${MARK}`, "conn.post('/v3/mfa/challenge', { useBackup: true }.to_json)"],
    ['a.php', `# ${MARK}`, "$c->post('/v3/mfa/challenge', ['json' => ['useBackup' => true]]);"],
    ['a.sh', `# ${MARK}`, 'curl "$B/v3/mfa/challenge" -d \'{"useBackup": true}\''],
    ['a.ex', `# ${MARK}`, 'Req.post!(@b <> "/v3/mfa/challenge", json: %{useBackup: true})'],
    ['a.sql', `-- ${MARK}`, "INSERT INTO calls VALUES ('/v3/mfa/challenge', '{\"useBackup\": true}');"],
    ['a.ini', `; ${MARK}`, 'body = {"useBackup": true} ; POST /v3/mfa/challenge'],
    ['a.md', `<!-- ${MARK} -->`, '    curl "$B/v3/mfa/challenge" -d \'{"useBackup": true}\''],
  ])('%s: %s', (path, comment, code) => {
    const text = lines(path.endsWith('.php') ? '<?php' : '', comment, code, code)
    const found = scan(path, text).filter((f) => f.ruleId === 'mfa-challenge-backup-phone')
    expect(found.map((f) => [f.line, f.suppressed?.reason])).toEqual([
      [3, 'sandbox account without a primary phone'],
      [4, undefined],
    ])
  })

  it('covers only the rules it names (none named: every rule), and works without a reason', () => {
    const text = lines(
      "const CH = '/v3/mfa/challenge'",
      '// bill-mfa-lint-disable-next-line mfa-setup-secondary-phone -- wrong rule',
      'post(CH, { useBackup: true })',
      '// bill-mfa-lint-disable-next-line',
      'post(CH, { useBackup: true })',
      '// bill-mfa-lint-disable-next-line mfa-optional-field, mfa-challenge-backup-phone',
      'post(CH, { useBackup: true })',
    )
    expect(scan('x.ts', text).map((f) => [f.line, f.suppressed?.reason])).toEqual([
      [3, undefined],
      [5, ''],
      [7, ''],
    ])
  })

  it('reads a line that quotes a marker in code at once (a split of its rule ids is never retried)', () => {
    // The old pattern let rule ids follow each other without a separator, so a line like these, which
    // is not a marker (it ends in code), made the regex try every split of the ids: the CLI hung on this
    // very test file when it linted the repository. A child process, so that a hang fails the test.
    const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-marker-'))
    const file = join(dir, 'quoted.ts')
    writeFileSync(
      file,
      lines(
        "const CH = '/v3/mfa/challenge'",
        "      '// bill-mfa-lint-disable-next-line mfa-optional-field, mfa-challenge-backup-phone',",
        `x = '# bill-mfa-lint-disable-next-line ${'mfa-challenge-backup-phone '.repeat(40)}'; y()`,
        'post(CH, { useBackup: true })',
      ),
    )
    try {
      const run = runCli(['--format', 'json', '--now', '2026-04-10', file])
      expect(run.status).toBe(1)
      const report = JSON.parse(run.stdout) as {
        findings: { location: { line: number }; suppressed?: unknown }[]
      }
      expect(report.findings.map((f) => [f.location.line, f.suppressed])).toEqual([[4, undefined]])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('fixSource', () => {
  it('rewrites deprecated literals in TS, keeping quotes and case, and leaves suggestions alone', () => {
    const text = lines(
      "const P = { setup: '/v3/mfa/setup', challenge: '/v3/mfa/challenge' }",
      "export const a = (h) => h.post(P.setup, { phone: '1', primary: false })",
      "export const b = (h) => h.post(P.challenge, { useBackup: 'TRUE' })",
      'export const c = (h, useBackup) => h.post(P.challenge, { useBackup })',
      'export const d = (h) => h.post(P.challenge, { useBackup: false })',
      '// bill-mfa-lint-disable-next-line -- kept on purpose',
      'export const e = (h) => h.post(P.challenge, { useBackup: true })',
      'export const f = (h) => h.post(P.challenge, \'{"useBackup": true}\')',
    )
    const file = { path: 'client.ts', text }
    const { text: fixed, changes } = fixSource(file, scanSource(file, NOW).findings)
    // primary: false is a suggestion (true would make the phone the primary one): never rewritten.
    expect(changes).toEqual([
      {
        line: 3,
        before: "export const b = (h) => h.post(P.challenge, { useBackup: 'TRUE' })",
        after: "export const b = (h) => h.post(P.challenge, { useBackup: 'FALSE' })",
      },
      {
        line: 8,
        before: 'export const f = (h) => h.post(P.challenge, \'{"useBackup": true}\')',
        after: 'export const f = (h) => h.post(P.challenge, \'{"useBackup": false}\')',
      },
    ])
    // What is left: the run-time value, the allowed values and the suppressed literal.
    const left = scanSource({ path: 'client.ts', text: fixed }, NOW).findings
    expect(left.map((f) => `${f.line} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`)).toEqual([
      '2 mfa-setup-secondary-phone',
      '3 mfa-optional-field',
      '4 mfa-field-runtime-value',
      '5 mfa-optional-field',
      '7 mfa-challenge-backup-phone (suppressed)',
      '8 mfa-optional-field',
    ])
  })

  it('rewrites Python keyword arguments and dict values', () => {
    const text = lines(
      'CHALLENGE = "https://gateway.stage.bill.com/connect/v3/mfa/challenge"',
      'def challenge(s, use_backup=False):',
      '    return s.post(CHALLENGE, json={"useBackup": use_backup})',
      'challenge(s, use_backup=True)',
      's.post(CHALLENGE, json={"useBackup": True})',
    )
    const file = { path: 'mfa.py', text }
    expect(fixSource(file, scanSource(file, NOW).findings).text).toBe(
      text
        .replace('use_backup=True)', 'use_backup=False)')
        .replace('"useBackup": True}', '"useBackup": False}'),
    )
  })

  it('leaves languages it does not rewrite, and Markdown, alone', () => {
    for (const [path, text] of [
      ['A.java', 'class A { void a() { post("/v3/mfa/challenge", Map.of("useBackup", true)); } }'],
      ['a.md', '```js\npost("/v3/mfa/challenge", { useBackup: true })\n```'],
    ] as const) {
      const findings = scanSource({ path, text }, NOW).findings
      expect(findings.map((f) => f.ruleId)).toEqual(['mfa-challenge-backup-phone'])
      expect(fixSource({ path, text }, findings)).toEqual({ text, changes: [] })
    }
  })
})
