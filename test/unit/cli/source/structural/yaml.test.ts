import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { work } from '../../../../../src/cli/source/work.ts'

// YAML is read as request definitions only (src/cli/source/structural/yaml.ts).
const NOW = { now: new Date('2026-04-10') }
const scan = (path: string, lines: string[]) =>
  scanSource({ path, text: lines.join('\n') }, NOW).findings.filter((f) => f.ruleId.startsWith('mfa-'))
const at = (path: string, lines: string[]) => scan(path, lines).map((f) => `${f.line} ${f.ruleId}`)

const REQUESTS = [
  'base_url: https://gateway.stage.bill.com/connect',
  'requests:',
  '  - path: /v3/vendors/0090/bank-account',
  '    body: { accountNumber: "1", primary: false }',
  '  - path: /v3/mfa/setup',
  '    body:',
  '      phone: "+15555550100"',
  '      primary: false',
]

describe('YAML request definitions', () => {
  it('judges each request by its own endpoint: the bank account stays silent, the MFA setup is reported', () => {
    expect(at('requests.yaml', REQUESTS)).toEqual(['8 mfa-setup-secondary-phone'])
  })

  it('reads an OpenAPI example as a description, the same body as a request', () => {
    const example = ['openapi: 3.0.3', 'paths:', '  /v3/mfa/challenge:', '    post:', '      example:']
    expect(at('api.yaml', [...example, '        useBackup: true'])).toEqual([])
    const request = ['name: code', 'url: https://gateway.stage.bill.com/connect/v3/mfa/challenge', 'json:']
    expect(at('code.yaml', [...request, '  useBackup: true'])).toEqual(['4 mfa-challenge-backup-phone'])
  })

  it('leaves CI workflows to the CI reader, which reads them as the shell they run', () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  mfa:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      `          curl -d '{"useBackup": true}' https://gateway.stage.bill.com/connect/v3/mfa/challenge`,
    ]
    const found = scan('.github/workflows/mfa.yml', workflow)
    expect(found.map((f) => [f.line, f.ruleId, f.analysis])).toEqual([
      [7, 'mfa-challenge-backup-phone', 'structural'],
    ])
  })

  it('works linearly: ten times the requests (with anchors) cost about ten times the work', () => {
    const measure = (count: number) => {
      const doc = ['defaults:', '  backup: &backup', '    useBackup: true', 'requests:']
      for (let i = 0; i < count; i++)
        doc.push(
          `  - { name: r${i}, path: /v3/mfa/challenge, body: *backup }`,
          `  - { path: /v3/mfa/setup, body: { primary: false, n: ${i} } }`,
        )
      work.steps = 0
      return { findings: scan('big.yaml', doc).length, steps: work.steps }
    }
    const small = measure(300)
    const large = measure(3_000)
    expect(small.findings).toBeGreaterThan(300)
    expect(large.findings / small.findings).toBeGreaterThan(9)
    expect(large.steps / small.steps).toBeLessThan(12)
  }, 180_000)
})
