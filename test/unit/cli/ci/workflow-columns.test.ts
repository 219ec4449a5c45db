// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow expressions under test
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'
import { runCli } from '../../cli-run.ts'

// A CI user's annotation points at the workflow file's own column: a finding in a `run:` script is placed
// where its text is written in the YAML, not where it stands in the script once dedented and substituted.
const now = new Date('2026-04-10')
const BILL = 'https://gateway.stage.bill.com/connect'

/** Each finding as `ruleId line: the file's text between its column and end column`. */
const spans = (path: string, text: string) => {
  const lines = text.split('\n')
  return scanSource({ path, text }, { now }).findings.map(
    (f) => `${f.ruleId} ${f.line}: ${(lines[f.line - 1] ?? '').slice(f.column - 1, f.endColumn - 1)}`,
  )
}

/** A GitHub workflow whose step scripts sit `pad` columns further right than usual. */
const github = (pad = '') => `name: mfa
on: [push]
jobs:
  challenge:
    runs-on: ubuntu-latest
    env:
      FLAG: "true"
    steps:
${pad}      - name: ask for a code
${pad}        run: |
${pad}          curl -sf -X POST "${BILL}/v3/mfa/challenge" \\
${pad}            -H 'content-type: application/json' \\
${pad}            -d "{\\"useBackup\\": \${{ env.FLAG }}}"
${pad}      - run: curl -X POST ${BILL}/v3/mfa/setup -d '{"primary": false}'
`
const WORKFLOW = '.github/workflows/mfa.yml'

describe('CI workflow findings: columns of the YAML file', () => {
  it('a `run: |` block indented 10 spaces, and a one-line `run:`', () => {
    expect(spans(WORKFLOW, github())).toEqual([
      'mfa-challenge-backup-phone 13: useBackup\\": ${{ env.FLAG }}',
      'mfa-setup-secondary-phone 14: primary": false',
    ])
  })

  it('GitLab script items: quoted with escapes, and folded', () => {
    const gitlab = `variables:
  USE_BACKUP: "true"
mfa:
  script:
    - "curl -X POST ${BILL}/v3/mfa/setup -d '{\\"primary\\": false}'"
    - 'curl -X POST ${BILL}/v3/mfa/setup -H ''x-a: b'' -d "{\\"primary\\": false}"'
    - >
      curl -X POST "${BILL}/v3/mfa/challenge"
      -d "{\\"useBackup\\": $USE_BACKUP}"
`
    expect(spans('.gitlab-ci.yml', gitlab)).toEqual([
      'mfa-setup-secondary-phone 5: primary\\": false',
      'mfa-setup-secondary-phone 6: primary\\": false',
      'mfa-challenge-backup-phone 9: useBackup\\": $USE_BACKUP',
    ])
  })

  it('wherever the steps are indented, the same text is pointed at (property)', () => {
    fc.assert(
      fc.property(fc.nat(12), (n) => {
        expect(spans(WORKFLOW, github(' '.repeat(n * 2)))).toEqual([
          'mfa-challenge-backup-phone 13: useBackup\\": ${{ env.FLAG }}',
          'mfa-setup-secondary-phone 14: primary": false',
        ])
      }),
      { numRuns: 8 },
    )
  })

  it('SARIF regions and text positions from the CLI are the file’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-columns-'))
    const file = join(dir, 'mfa.yml')
    writeFileSync(file, github())
    const line13 = github().split('\n')[12] ?? ''
    const column = line13.indexOf('useBackup') + 1
    const sarif = JSON.parse(runCli(['--now', '2026-04-10', '--format', 'sarif', file]).stdout)
    const regions = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { region: unknown } }[] }) =>
        r.locations[0]?.physicalLocation.region,
    )
    expect(regions[0]).toMatchObject({
      startLine: 13,
      startColumn: column,
      endColumn: line13.indexOf('}}}') + 3,
    })
    expect(runCli(['--now', '2026-04-10', file]).stdout).toContain(`line 13:${column}\n`)
  })
})
