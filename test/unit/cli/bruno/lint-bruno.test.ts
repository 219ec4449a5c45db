import { describe, expect, it } from 'vitest'
import { lintBruno } from '../../../../src/cli/lint-bruno.ts'

// Issue 22 class 5: Bruno request files, their body blocks and pre-request scripts.

const settings = { hosts: [], now: new Date('2026-04-10') }

const bru = (url: string, blocks: string) => `meta {
  name: t
  type: http
  seq: 1
}

post {
  url: ${url}
  body: json
  auth: none
}
${blocks}`

function lint(text: string) {
  const lines = text.split('\n')
  return lintBruno(text, 't.bru', settings).findings.map((f) => [
    f.report.ruleId,
    (lines[(f.report.location.line ?? 0) - 1] ?? '').trim(),
  ])
}

describe('Bruno .bru files (issue 22 class 5)', () => {
  it('flags the body:json field on its own line, on BILL MFA only', () => {
    const body = '\nbody:json {\n  {\n    "useBackup": true\n  }\n}\n'
    expect(lint(bru('{{baseUrl}}/v3/mfa/challenge', body))).toEqual([
      ['mfa-challenge-backup-phone', '"useBackup": true'],
    ])
    expect(lint(bru('https://auth.acme.io/v3/mfa/challenge', body))).toEqual([])
    expect(lint(bru('{{baseUrl}}/v3/vendors', body))).toEqual([])
  })

  it('resolves vars:pre-request and reads req.setBody in the pre-request script', () => {
    const vars = '\nbody:json {\n  { "useBackup": {{flag}} }\n}\n\nvars:pre-request {\n  flag: true\n}\n'
    expect(lint(bru('{{baseUrl}}/v3/mfa/challenge', vars))).toEqual([
      ['mfa-challenge-backup-phone', '{ "useBackup": {{flag}} }'],
    ])
    const script = '\nscript:pre-request {\n  const p = bru.getVar("p");\n  req.setBody({ primary: p });\n}\n'
    expect(lint(bru('{{baseUrl}}/v3/mfa/setup', script))).toEqual([
      ['mfa-field-runtime-value', 'req.setBody({ primary: p });'],
    ])
    expect(lint(bru('{{baseUrl}}/v3/vendors/1/bank-account', script))).toEqual([])
  })

  it('reads a v2 form body by its data field, and a file without a request as nothing', () => {
    const form = bru(
      '{{url}}/MFAChallenge.json',
      '\nbody:form-urlencoded {\n  ~data: {"useBackup":true}\n  data: {"useBackup":true}\n}\n',
    )
    expect(lint(form.replace('body: json', 'body: formUrlEncoded'))).toEqual([
      ['mfa-challenge-backup-phone', 'data: {"useBackup":true}'],
    ])
    expect(lintBruno('meta {\n  name: collection\n}\n', 'collection.bru', settings)).toEqual({
      requests: 0,
      findings: [],
    })
  })
})
