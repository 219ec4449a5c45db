import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'

// Issue 22 class 6 (CI files): an env value that feeds a curl body in a workflow's shell.

const now = new Date('2026-04-10')
const scan = (path: string, text: string) => {
  const lines = text.split('\n')
  return scanSource({ path, text }, { now }).findings.map((f) => [f.ruleId, (lines[f.line - 1] ?? '').trim()])
}

const github = (env: string, jobEnv: string, data: string, url = '$BILL/v3/mfa/challenge') => `name: t
on: [push]
env:
  BILL: https://gateway.stage.bill.com/connect
${env}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
${jobEnv}
    steps:
      - name: challenge
        run: |
          curl -sf -X POST "${url}" \\
            -H 'content-type: application/json' \\
            -d "${data}"
  b:
    runs-on: ubuntu-latest
    env:
      FLAG: "false"
    steps:
      - run: echo done
`
/** A GitHub expression, `${{ … }}`. */
const expr = (e: string) => `\${{ ${e} }}`
const BODY = '{\\"useBackup\\": $FLAG}'
const WORKFLOW = '.github/workflows/mfa.yml'

describe('CI workflows (issue 22 class 6)', () => {
  it('puts a literal env value into the curl body: an error on the body line', () => {
    expect(scan(WORKFLOW, github('', '      FLAG: "true"', BODY))).toEqual([
      ['mfa-challenge-backup-phone', `-d "${BODY}"`],
    ])
  })

  it('reads secrets, vars and inputs as run-time values, and the innermost env as the one in force', () => {
    expect(scan(WORKFLOW, github('', `      FLAG: ${expr('secrets.FLAG')}`, BODY)).map((f) => f[0])).toEqual([
      'mfa-field-runtime-value',
    ])
    // The workflow says true, the job false: the job wins. Job b's env never reaches job a.
    expect(scan(WORKFLOW, github('  FLAG: "true"', '      FLAG: "false"', BODY)).map((f) => f[0])).toEqual([
      'mfa-optional-field',
    ])
    expect(
      scan(WORKFLOW, github('', '      OTHER: x', `{\\"useBackup\\": ${expr('inputs.backup')}}`)).map(
        (f) => f[0],
      ),
    ).toEqual(['mfa-field-runtime-value'])
  })

  it('stays silent on other hosts and other BILL endpoints', () => {
    expect(
      scan(WORKFLOW, github('', '      FLAG: "true"', BODY, 'https://auth.acme.io/v3/mfa/challenge')),
    ).toEqual([])
    expect(scan(WORKFLOW, github('', '      FLAG: "true"', BODY, '$BILL/v3/vendors'))).toEqual([])
  })

  it('reads GitLab variables and script lists, folded or quoted', () => {
    const gitlab = `variables:
  USE_BACKUP: "true"
mfa:
  script:
    - >
      curl -X POST "https://gateway.stage.bill.com/connect/v3/mfa/challenge"
      -d "{\\"useBackup\\": $USE_BACKUP}"
    - 'curl -X POST https://gateway.stage.bill.com/connect/v3/mfa/setup -d "{\\"primary\\": $UNSET}"'
`
    expect(scan('.gitlab-ci.yml', gitlab).map((f) => f[0])).toEqual([
      'mfa-challenge-backup-phone',
      'mfa-field-runtime-value',
    ])
    // Not a workflow: the same YAML under another name is not read as a shell.
    expect(scan('config/settings.txt', gitlab)).not.toContainEqual([
      'mfa-challenge-backup-phone',
      expect.anything(),
    ])
  })

  it('decides by the value alone, whatever the variable is called (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,15}$/), fc.boolean(), (name, value) => {
        const found = scan(
          WORKFLOW,
          github('', `      ${name}: "${value}"`, `{\\"useBackup\\": \${${name}}}`),
        )
        expect(found.map((f) => f[0])).toEqual([value ? 'mfa-challenge-backup-phone' : 'mfa-optional-field'])
      }),
      { numRuns: 30 },
    )
  })
})
