import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import { bodyFields } from '../../../../src/shared/rules/body-fields.ts'
import { fieldRule } from '../../../../src/shared/rules/field-rule.ts'
import { parseBody } from '../../../../src/shared/rules/parse-body.ts'
import type { RuleContext } from '../../../../src/shared/rules/rule.ts'
import { billTarget } from '../../../../src/shared/rules/target.ts'

const rule = fieldRule({
  id: 'x',
  title: 'x',
  help: 'x',
  severity: 'warning',
  deadline: '2026-03-30',
  targets: [{ endpoints: ['v3.mfa.challenge'], field: 'useBackup', flagged: true }],
  message: ({ field, value, api, passed }) => `${field}=${String(value)} ${api} ${passed}`,
  fix: ({ field }) => `drop ${field}`,
})

// The rule alone, without the engine (evaluate skips a rule that throws, which would hide a crash).
function context(url: string, text: string): RuleContext {
  const request = { method: 'POST', url, headers: [], body: { mimeType: 'application/json', text } }
  const target = billTarget(request.method, url, ['mock.test'])
  if (!target) throw new Error(`not BILL: ${url}`)
  return {
    request,
    target,
    now: '2026-03-30',
    body: () => parseBody(request),
    fields: () => bodyFields(parseBody(request)),
    errors: () => [],
    earlier: [],
  }
}

describe('fieldRule', () => {
  it('flags every occurrence of the flagged value on its endpoints, with its place', () => {
    const text = '{"useBackup":true,"useBackup":"TRUE","useBackup":false}'
    const drafts = rule.check(context(`${BASE_URLS.sandbox.v3}/v3/mfa/challenge`, text))
    expect(drafts).toEqual([
      {
        field: 'useBackup',
        value: true,
        message: 'useBackup=true v3 true',
        fix: 'drop useBackup',
        deadline: '2026-03-30',
        location: { in: 'body', pointer: '/useBackup', range: [1, 17] },
      },
      expect.objectContaining({ value: 'TRUE', location: expect.objectContaining({ range: [18, 36] }) }),
    ])
  })

  it('flags nothing on another endpoint, or on a path the catalogue does not know', () => {
    const text = '{"useBackup":true}'
    expect(rule.check(context(`${BASE_URLS.sandbox.v3}/v3/mfa/setup`, text))).toEqual([])
    const unknown = context('http://mock.test/v3/somewhere/else', text)
    expect(unknown.target.endpoint).toBeUndefined()
    expect(rule.check(unknown)).toEqual([])
  })

  it('says whether the deadline has passed at the moment given', () => {
    expect(rule.describe('useBackup', true, 'v2', '2026-03-29').message).toBe('useBackup=true v2 false')
    expect(rule.describe('useBackup', true, undefined, '2026-03-30').message).toBe(
      'useBackup=true undefined true',
    )
  })
})
