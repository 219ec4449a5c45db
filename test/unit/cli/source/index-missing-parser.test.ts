import { describe, expect, it, vi } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'

// A run where the bash and YAML parsers are not installed: each file names the package its own reading
// needs (a workflow is read as bash, other YAML as YAML), and is still read by the line matcher.

vi.mock('../../../../src/cli/source/structural/registry.ts', async (original) => {
  const real = await original<typeof import('../../../../src/cli/source/structural/registry.ts')>()
  const absent: Record<string, string> = { bash: '@ast-grep/lang-bash', yaml: '@ast-grep/lang-yaml' }
  return { ...real, missingParser: (language: string) => absent[language] }
})

const NOW = { now: new Date('2026-04-10') }
const WORKFLOW = [
  'jobs:',
  '  mfa:',
  '    steps:',
  '      - run: curl https://gateway.stage.bill.com/connect/v3/mfa/challenge -d \'{"useBackup": true}\'',
].join('\n')

describe('scanSource without a parser', () => {
  it('a workflow names the bash package, and its finding still comes', () => {
    const r = scanSource({ path: '.github/workflows/mfa.yml', text: WORKFLOW }, NOW)
    expect(r.missingParser).toBe('@ast-grep/lang-bash')
    expect(r.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['4 mfa-challenge-backup-phone'])
  })

  it('other YAML names the YAML package', () => {
    expect(scanSource({ path: 'config.yml', text: 'a: 1' }, NOW).missingParser).toBe('@ast-grep/lang-yaml')
  })

  it('a file whose parser is there names none', () => {
    expect(scanSource({ path: 'a.ts', text: 'const a = 1' }, NOW)).toEqual({
      language: 'typescript',
      findings: [],
    })
  })
})
