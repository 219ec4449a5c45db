import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO, runCli, tempRepo } from '../cli-run.ts'

// The tool never reads what it wrote (reports, baselines) nor its own package; --exclude and the
// config file's "excludes" skip the rest.

const root = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-own-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const NOW = ['--now', '2026-04-10']

const repo = (name: string, files: Record<string, string>) => tempRepo(join(root, name), files)

const BILL = "const BILL = 'https://gateway.stage.bill.com/connect'\n"
const challenge = (flag: boolean) =>
  `${BILL}export const c = () => fetch(\`\${BILL}/v3/mfa/challenge\`, { method: 'POST', body: JSON.stringify({ useBackup: ${flag} }) })\n`
const CAPTURE = readFileSync(join(REPO, 'test/fixtures/lint/chrome.har'), 'utf8')

interface Sarif {
  runs: { results: { ruleId: string; baselineState?: string }[] }[]
}

describe('bill-mfa-lint never reads its own outputs', () => {
  it('walks the README’s CI recipe twice: the second run reports what the first did', () => {
    const dir = repo('ci', { 'src/client.ts': challenge(true), 'captures/session.har': CAPTURE })
    const record = runCli([...NOW, '--baseline', 'bill-mfa-baseline.json', '--write-baseline', '.'], {}, dir)
    expect(record.status).toBe(0)
    // npx bill-mfa-lint --format sarif --baseline bill-mfa-baseline.json . > bill-mfa.sarif, twice: the
    // report of the first run is in the repository when the second one walks it.
    const ci = () => {
      const run = runCli([...NOW, '--format', 'sarif', '--baseline', 'bill-mfa-baseline.json', '.'], {}, dir)
      writeFileSync(join(dir, 'bill-mfa.sarif'), run.stdout)
      return { ...run, sarif: JSON.parse(run.stdout) as Sarif }
    }
    const first = ci()
    const second = ci()
    expect(first.status).toBe(0)
    expect(second.status).toBe(0)
    const results = (r: Sarif) => r.runs[0]?.results.map((x) => `${x.ruleId} ${x.baselineState}`)
    expect(results(second.sarif)).toEqual(results(first.sarif))
    expect(results(first.sarif)).toHaveLength(9)
    expect(new Set(results(first.sarif)?.map((r) => r.split(' ')[1]))).toEqual(new Set(['unchanged']))
    // Also as JSON, and named on the command line: skipped with a note, never an error.
    writeFileSync(join(dir, 'report.json'), runCli([...NOW, '--format', 'json', 'src'], {}, dir).stdout)
    const named = runCli([...NOW, 'report.json', 'bill-mfa.sarif', 'src'], {}, dir)
    expect(named.stderr).toBe(
      [
        'bill-mfa-lint: note: report.json: skipped: a bill-mfa-lint report or baseline (its own output)',
        'bill-mfa-lint: note: bill-mfa.sarif: skipped: a bill-mfa-lint report or baseline (its own output)',
        '',
      ].join('\n'),
    )
    expect(named.stdout).toContain('src/client.ts')
    expect(named.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ 1 error, 0 warnings, 0 infos in 1 file, 0 requests',
    )
  })

  it('skips its own package in node_modules, and still reads the others', () => {
    const manifest = readFileSync(join(REPO, 'packages/bill-mfa-lint/package.json'), 'utf8')
    const dir = repo('modules', {
      'node_modules/bill-mfa-lint/package.json': manifest,
      'node_modules/bill-mfa-lint/README.md': `\`\`\`js\n${challenge(true)}\`\`\`\n`,
      'node_modules/acme-bill/package.json': '{ "name": "acme-bill" }\n',
      'node_modules/acme-bill/index.js': challenge(true),
    })
    const run = runCli([...NOW, '--format', 'compact', '--verbose', 'node_modules'], {}, dir)
    expect(run.stdout).toMatch(/^node_modules\/acme-bill\/index\.js:2:\d+: error mfa-challenge-backup-phone /)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('note: node_modules/bill-mfa-lint: skipped: bill-mfa-lint’s own package')
    expect(run.status).toBe(1)
  })

  it('--exclude and the config file’s "excludes" skip what they match, and only that', () => {
    const dir = repo('exclude', {
      'src/client.ts': challenge(true),
      'src/legacy/old.ts': challenge(true),
      'fixtures/capture.har': CAPTURE,
      'tools/.bill-mfa-lint.json': '{\n  // relative to this file\n  "excludes": ["/generated/"],\n}\n',
      'tools/generated/api.ts': challenge(true),
      'tools/keep.ts': challenge(true),
    })
    const files = (args: string[], cwd = dir) =>
      [
        ...new Set(
          runCli([...NOW, '--format', 'compact', ...args], {}, cwd)
            .stdout.split('\n')
            .map((l) => l.split(':')[0]),
        ),
      ]
        .filter(Boolean)
        .sort()
    expect(files(['.'])).toEqual([
      'fixtures/capture.har',
      'src/client.ts',
      'src/legacy/old.ts',
      'tools/generated/api.ts',
      'tools/keep.ts',
    ])
    expect(files(['--exclude', 'legacy/', '--exclude', '*.har', '.'])).toEqual([
      'src/client.ts',
      'tools/generated/api.ts',
      'tools/keep.ts',
    ])
    // The config file's patterns are relative to its own directory.
    expect(files(['.'], join(dir, 'tools'))).toEqual(['keep.ts'])
  })
})
