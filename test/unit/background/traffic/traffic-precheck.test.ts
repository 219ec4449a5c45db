import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flagRequest } from '../../../../src/background/traffic/flag.ts'
import type { NameValue, NormalizedRequest } from '../../../../src/shared/har/request.ts'
import { evaluate } from '../../../../src/shared/rules/index.ts'

// Issue 24 §3: the every-tab observer checks a body's text before parsing it, and parses only a body a rule
// may flag with a warning or an error (the list drops info findings).

const T = Date.parse('2026-05-01T10:00:00Z')
const ctx = { hosts: [], now: new Date(T), idPrefix: 'r' }
const V3 = 'https://gateway.stage.bill.com/connect/v3'
const V2 = 'https://api-stage.bill.com/api/v2'
const post = (url: string, text: string) => ({ method: 'POST', url, headers: [], body: { text } })
const form = (url: string, params: NameValue[]) => ({ method: 'POST', url, headers: [], body: { params } })
const note = 'x'.repeat(1000)

afterEach(() => vi.restoreAllMocks())

/** What the every-tab list keeps of the whole engine's findings, in the list's terms. */
const kept = (request: NormalizedRequest) =>
  evaluate(request, { now: ctx.now })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.ruleId, f.field, f.message])
const listed = (request: NormalizedRequest) =>
  flagRequest(request, ctx).map((f) => [f.ruleId, f.field, f.message])

describe('the byte pre-check of the every-tab observer', () => {
  it('never parses an ordinary 1 KB body, with or without the allowed useBackup: false', () => {
    const parse = vi.spyOn(JSON, 'parse')
    for (const body of [
      { phone: '+15550100', note },
      { useBackup: false, note },
    ])
      expect(flagRequest(post(`${V3}/mfa/challenge`, JSON.stringify(body)), ctx)).toEqual([])
    expect(
      flagRequest(form(`${V2}/MFAChallenge.json`, [{ name: 'data', value: '{"useBackup":false}' }]), ctx),
    ).toEqual([])
    expect(parse).not.toHaveBeenCalled()
  })

  it('still flags the deprecated value in any spelling BILL reads', () => {
    for (const text of ['{"useBackup":true}', '{"useBackup": "TRUE"}', '{"useBackup":" True "}'])
      expect(listed(post(`${V3}/mfa/challenge`, text)).map(([id]) => id)).toEqual([
        'mfa-challenge-backup-phone',
      ])
    const v2 = form(`${V2}/MFAChallenge.json`, [{ name: 'data', value: '{"useBackup":true}' }])
    expect(listed(v2).map(([id]) => id)).toEqual(['mfa-challenge-backup-phone'])
  })

  it('keeps the URL rules for a body it skips', () => {
    const found = flagRequest(
      post(`${V3}/mfa/challenge?devKey=k`, JSON.stringify({ useBackup: false, note })),
      ctx,
    )
    expect(found.map((f) => f.ruleId)).toEqual(['credentials-in-query'])
  })

  it('lists exactly what the whole engine finds above info, for any body', () => {
    const names = ['useBackup', 'primary', 'userName', 'username', 'orgId', 'organizationId', 'mfaId']
    const key = fc.oneof(
      fc.constantFrom(...names, 'rememberMeId', 'deviceId', 'device', 'note', 'USEBACKUP', 'Primary'),
      fc.constantFrom('\\u0075seBackup', 'prim\\u0061ry', 'user\\u004eame'),
      fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s).slice(1, -1)),
    )
    const value = fc.oneof(
      fc.constantFrom('true', 'false', 'null', '1', '"true"', '"false"', '"TRUE"', '" True "', '"FaLsE"'),
      fc.constantFrom('"\\u0074rue"', '"fal\\u0073e"', '"falſe"', '"trUE\\n"', '{"useBackup":true}'),
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
    )
    const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n  ')
    const json = fc
      .array(fc.tuple(space, key, space, value, space), { maxLength: 5 })
      .map((members) => `{${members.map(([a, k, b, v, c]) => `${a}"${k}"${b}:${v}${c}`).join(',')}}`)
    const encode = fc.constantFrom(
      (s: string) => s,
      encodeURIComponent,
      (s: string) => encodeURIComponent(s).replace(/%20/g, '+'),
      (s: string) => s.replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    )
    const plainField = fc.tuple(fc.constantFrom(...names, 'sessionId', 'note'), fc.string({ maxLength: 8 }))
    const fields = fc.tuple(fc.array(plainField, { maxLength: 3 }), fc.option(json, { nil: undefined }))
    const formText = fc
      .tuple(fields, encode)
      .map(([[plain, data], enc]) =>
        [...plain, ...(data === undefined ? [] : [['data', data] as const])]
          .map(([k, v]) => `${enc(k)}=${enc(v)}`)
          .join('&'),
      )
    const formParams = fields.map(([plain, data]) => [
      ...plain.map(([name, value]) => ({ name, value })),
      ...(data === undefined ? [] : [{ name: 'data', value: data }]),
    ])
    const url = fc.constantFrom(
      `${V3}/mfa/challenge`,
      `${V3}/mfa/setup`,
      `${V3}/login`,
      `${V2}/Login.json`,
      `${V2}/MFAChallenge.json`,
    )
    const request = fc.oneof(
      fc.tuple(url, fc.oneof(json, formText)).map(([u, text]) => post(u, text)),
      fc.tuple(url, formParams).map(([u, params]) => form(u, params)),
    )
    // Both directions: a kept finding is never dropped, and nothing the engine does not keep is listed.
    let withFindings = 0
    let without = 0
    fc.assert(
      fc.property(request, (r) => {
        const expected = kept(r)
        expect(listed(r)).toEqual(expected)
        if (expected.length > 0) withFindings++
        else without++
      }),
      { numRuns: 3000 },
    )
    // The generators reach both kinds of body often enough for the comparison to mean something.
    expect(Math.min(withFindings, without)).toBeGreaterThan(300)
  })
})
