import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintPostman } from '../../../../src/cli/lint-postman.ts'

// Issue 22 class 5: Postman scripts that write a request's body, or set a variable the body reads, are
// read as JavaScript going to that request; a body that is only a variable nothing sets is a warning.

const settings = { hosts: [], now: new Date('2026-04-10') }
const BASE = 'https://gateway.stage.bill.com/connect'

type Item = Record<string, unknown>
const prerequest = (...exec: string[]) => [
  { listen: 'prerequest', script: { type: 'text/javascript', exec } },
]
const test = (...exec: string[]) => [{ listen: 'test', script: { type: 'text/javascript', exec } }]
const request = (name: string, path: string, raw: string, event?: unknown): Item => ({
  name,
  ...(event ? { event } : {}),
  request: { method: 'POST', header: [], body: { mode: 'raw', raw }, url: `${BASE}${path}` },
})

function lint(items: Item[], extra: Record<string, unknown> = {}) {
  const doc = {
    info: { name: 't', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/' },
    item: items,
    ...extra,
  }
  const text = JSON.stringify(doc, null, 2)
  const lines = text.split('\n')
  const findings = lintPostman(doc, 'c.json', settings, {}, text).findings.map((f) => f.report)
  // Each finding with the text of the line it points at, so a test reads what a user would see.
  return findings.map((f) => ({
    ruleId: f.ruleId,
    message: f.message,
    at: (lines[(f.location.line ?? 0) - 1] ?? '').trim(),
  }))
}

describe('Postman request scripts (issue 22 class 5)', () => {
  it('reads a pre-request pm.variables.set body on the MFA challenge, not on another endpoint', () => {
    const script = prerequest("pm.variables.set('body', JSON.stringify({", '  useBackup: true', '}));')
    expect(lint([request('Challenge', '/v3/mfa/challenge', '{{body}}', script)])).toEqual([
      expect.objectContaining({ ruleId: 'mfa-challenge-backup-phone', at: '"  useBackup: true",' }),
    ])
    expect(lint([request('Vendor', '/v3/vendors', '{{body}}', script)])).toEqual([])
  })

  it('reads pm.request.body.raw and body.update on phone setup, and leaves setup/validate alone', () => {
    const raw = prerequest('pm.request.body.raw = JSON.stringify({ phone: "+1555", primary: false });')
    expect(lint([request('Setup', '/v3/mfa/setup', '{}', raw)]).map((f) => f.ruleId)).toEqual([
      'mfa-setup-secondary-phone',
    ])
    expect(lint([request('Validate', '/v3/mfa/setup/validate', '{}', raw)])).toEqual([])
    const update = prerequest(
      "pm.request.body.update({ mode: 'raw', raw: JSON.stringify({ useBackup: flag }) });",
    )
    expect(lint([request('Challenge', '/v3/mfa/challenge', '', update)]).map((f) => f.ruleId)).toEqual([
      'mfa-field-runtime-value',
    ])
  })

  it('follows a variable set by an earlier request’s test script, and by a folder script, once each', () => {
    const login = request(
      'Login',
      '/v3/login',
      '{}',
      test("pm.environment.set('mfa', JSON.stringify({ useBackup: true }));"),
    )
    const first = request('Challenge', '/v3/mfa/challenge', '{{mfa}}')
    const again = request('Challenge again', '/v3/mfa/challenge', '{{mfa}}')
    expect(lint([login, first, again])).toEqual([
      expect.objectContaining({
        ruleId: 'mfa-challenge-backup-phone',
        at: expect.stringContaining('pm.environment.set'),
      }),
    ])
    const folder = {
      name: 'MFA',
      event: prerequest("pm.variables.set('b', JSON.stringify({ primary: false }));"),
      item: [request('Setup', '/v3/mfa/setup', '{{b}}')],
    }
    expect(lint([folder]).map((f) => f.ruleId)).toEqual(['mfa-setup-secondary-phone'])
  })

  it('resolves a literal a collection script sets, and warns on a field whose variable stays unknown', () => {
    const event = prerequest(
      "pm.collectionVariables.set('flag', true);",
      "pm.collectionVariables.set('p', pm.environment.get('p'));",
    )
    const found = lint(
      [
        request('Challenge', '/v3/mfa/challenge', '{ "useBackup": {{flag}} }'),
        request('Setup', '/v3/mfa/setup', '{ "primary": "{{p}}" }'),
      ],
      { event },
    )
    expect(found.map((f) => [f.ruleId, f.at])).toEqual([
      ['mfa-challenge-backup-phone', '"raw": "{ \\"useBackup\\": {{flag}} }"'],
      ['mfa-field-runtime-value', '"raw": "{ \\"primary\\": \\"{{p}}\\" }"'],
    ])
    expect(found[1]?.message).toContain('{{p}}')
  })

  it('reads each pm.sendRequest of a script as its own request: BILL’s MFA challenge, not another host', () => {
    const send = (url: string) =>
      `pm.sendRequest({ url: ${url}, method: 'POST', body: { mode: 'raw', raw: JSON.stringify({ useBackup: true }) } });`
    const login = request(
      'Login',
      '/v3/login',
      '{}',
      test(
        send("pm.environment.get('base') + '/v3/mfa/challenge'"),
        send("'https://auth.acme.io/v3/mfa/challenge'"),
      ),
    )
    expect(lint([login])).toEqual([
      expect.objectContaining({
        ruleId: 'mfa-challenge-backup-phone',
        at: expect.stringContaining("get('base')"),
      }),
    ])
  })

  it('gives the same findings whatever the order of the requests (property)', () => {
    const items = [
      request(
        'Login',
        '/v3/login',
        '{}',
        test("pm.environment.set('mfa', JSON.stringify({ useBackup: true }));"),
      ),
      request('Challenge', '/v3/mfa/challenge', '{{mfa}}'),
      request('Setup', '/v3/mfa/setup', '{{setup}}'),
      request(
        'Bank',
        '/v3/vendors/1/bank-account',
        '{{bank}}',
        prerequest("pm.variables.set('bank', JSON.stringify({ primary: false }));"),
      ),
      request('Flag', '/v3/mfa/challenge', '{ "useBackup": {{flag}} }'),
    ]
    const signature = (order: Item[]) =>
      lint(order)
        .map((f) => `${f.ruleId} ${f.at}`)
        .sort()
    const expected = signature(items)
    expect(expected).toHaveLength(3)
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length }), (order) => {
        expect(signature(order)).toEqual(expected)
      }),
      { numRuns: 25 },
    )
  })

  it('warns on a body that is only a variable nothing sets, naming it, on MFA endpoints only (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z_][\w.-]{0,20}$/),
        fc.constantFrom('/v3/mfa/challenge', '/v3/mfa/setup', '/api/v2/MFAChallenge.json'),
        fc.constantFrom('/v3/vendors', '/v3/mfa/challenge/validate', '/v3/login', '/v3/mfa/setup/validate'),
        (name, mfa, other) => {
          const warned = lint([request('MFA', mfa, ` {{ ${name} }} `)])
          expect(warned).toEqual([expect.objectContaining({ ruleId: 'mfa-field-runtime-value' })])
          expect(warned[0]?.message).toContain(`{{${name}}}`)
          expect(lint([request('Other', other, `{{${name}}}`)])).toEqual([])
        },
      ),
      { numRuns: 40 },
    )
  })
})
