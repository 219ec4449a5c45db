import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'
import { importContext } from './import-context.ts'

// What a file's kind changes in what is scanned: a CI workflow is parsed as the shell it runs (and the
// tree's answers about the YAML file do not reach it); a Markdown document is read by its code blocks only.

const NOW = { now: new Date('2026-04-10') }
const found = (path: string, text: string, options: Parameters<typeof scanSource>[1] = NOW) =>
  scanSource({ path, text }, options).findings.map((f) => `${f.line} ${f.ruleId} ${f.analysis}`)
const TREE = importContext({ kinds: ['challenge-v3'], evidence: true })
const workflow = (...script: string[]) =>
  ['jobs:', '  mfa:', '    steps:', '      - run: |', ...script.map((l) => `          ${l}`)].join('\n')

describe('scanSource: a CI workflow', () => {
  it('is parsed as bash: a body built from a shell variable is a value decided at run time', () => {
    const text = workflow(
      'read -r USE_BACKUP',
      'curl https://gateway.stage.bill.com/connect/v3/mfa/challenge -d "{\\"useBackup\\": $USE_BACKUP}"',
    )
    expect(found('.github/workflows/mfa.yml', text)).toEqual(['6 mfa-field-runtime-value structural'])
  })

  it('without BILL in its steps gives nothing, even in a tree that names BILL', () => {
    const step = 'curl "$API" -d \'{"useBackup": true}\''
    expect(found('.github/workflows/other.yml', workflow(step), { ...NOW, imports: TREE })).toEqual([])
    // The same step in a plain script of that tree is BILL's.
    expect(found('other.sh', step, { ...NOW, imports: TREE })).toEqual([
      '1 mfa-challenge-backup-phone structural',
    ])
  })
})

describe('scanSource: a Markdown document', () => {
  const DOC = [
    'BILL’s `POST /v3/mfa/challenge` once took useBackup=true in its body.',
    '',
    '```ts',
    "post('/v3/mfa/challenge', { useBackup: true })",
    '```',
  ].join('\n')

  it('reads its code blocks, each by its fence’s language, and never its prose', () => {
    expect(found('README.md', DOC)).toEqual(['4 mfa-challenge-backup-phone structural'])
  })

  it('the same text in a plain text file is read line by line, prose included', () => {
    expect(found('notes.txt', DOC)).toEqual([
      '1 mfa-challenge-backup-phone text',
      '4 mfa-challenge-backup-phone text',
    ])
  })
})
