import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'
import { importContext } from './import-context.ts'

// One file: its language, its findings sorted by position with line and column (start and end), a CI
// workflow read as the shell it runs, a Markdown document's code blocks, suppressions kept and marked.

const NOW = { now: new Date('2026-04-10') }
const where = (path: string, text: string, options = NOW) =>
  scanSource({ path, text }, options).findings.map(
    (f) =>
      `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}${f.suppressed ? ' (suppressed)' : ''}`,
  )

describe('scanSource', () => {
  it('sorts by position whatever the analysis that found it; line and column of both ends', () => {
    const text =
      "const x = 1\npost('/v3/mfa/challenge', { useBackup: true })\nget('https://api-sandbox.bill.com/x')"
    expect(where('a.ts', text)).toEqual(['2:29-2:44 mfa-challenge-backup-phone', '3:14-3:34 sunset-host'])
    const urlFirst = "get('https://api-sandbox.bill.com/x')\npost('/v3/mfa/challenge', { useBackup: true })"
    expect(where('a.ts', urlFirst)).toEqual(['1:14-1:34 sunset-host', '2:29-2:44 mfa-challenge-backup-phone'])
  })

  it('findings at the same place come by rule id', () => {
    const text = 'https://api-sandbox.bill.com/api/v2/x?devKey=1&password=2'
    expect(scanSource({ path: 'a.txt', text }, NOW).findings.map((f) => f.ruleId)).toEqual([
      'sunset-host',
      'credentials-in-query',
      'credentials-in-query',
    ])
  })

  it('names the language, and no missing parser when every parser is installed', () => {
    const r = scanSource({ path: 'x.py', text: 'x = 1' }, NOW)
    expect(r).toEqual({ language: 'python', findings: [] })
  })

  it('reads a workflow as its shell, on the workflow’s own lines; the tree’s answers do not apply', () => {
    const text = [
      'jobs:',
      '  mfa:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          curl -X POST https://gateway.stage.bill.com/connect/v3/mfa/challenge -d \'{"useBackup": true}\'',
    ].join('\n')
    const tree = importContext({ kinds: ['setup'], evidence: true, setup: true })
    for (const options of [NOW, { ...NOW, imports: tree }]) {
      const r = scanSource({ path: '.github/workflows/mfa.yml', text }, options)
      expect(r.language).toBe('yaml')
      expect(r.findings.map((f) => `${f.line} ${f.ruleId} ${f.endpoint}`)).toEqual([
        '6 mfa-challenge-backup-phone v3.mfa.challenge',
      ])
    }
  })

  it('puts a workflow’s env values into its shell: a literal sent as a variable is the literal', () => {
    const text = [
      'env:',
      '  USE_BACKUP: "true"',
      'jobs:',
      '  mfa:',
      '    steps:',
      '      - run: curl https://gateway.stage.bill.com/connect/v3/mfa/challenge -d "{\\"useBackup\\": $USE_BACKUP}"',
    ].join('\n')
    const r = scanSource({ path: '.github/workflows/mfa.yml', text }, NOW)
    expect(r.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['6 mfa-challenge-backup-phone'])
  })

  it('a Markdown document is read by its code blocks, even one named like a workflow', () => {
    const doc = ['POST /v3/mfa/challenge', '```', 'useBackup=true', '```'].join('\n')
    expect(where('README.md', doc)).toEqual(['3:1-3:15 mfa-challenge-backup-phone'])
    expect(where('.github/workflows/notes.md', `jobs:\n${doc}`)).toEqual([
      '4:1-4:15 mfa-challenge-backup-phone',
    ])
  })

  it('the tree’s answers reach other files: BILL named by an imported module opens the gate', () => {
    const tree = importContext({ evidence: true })
    const file = { path: 'a.ex', text: 'body = %{useBackup: true}' }
    expect(scanSource(file, NOW).findings).toEqual([])
    expect(scanSource(file, { ...NOW, imports: tree }).findings.map((f) => f.ruleId)).toEqual([
      'mfa-challenge-backup-phone',
    ])
  })

  it('keeps suppressed findings, marked', () => {
    const text = "// bill-mfa-lint-disable-next-line\npost('/v3/mfa/challenge', { useBackup: true })"
    expect(where('a.ts', text)).toEqual(['2:29-2:44 mfa-challenge-backup-phone (suppressed)'])
  })
})
