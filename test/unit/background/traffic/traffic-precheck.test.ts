import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flagRequest } from '../../../../src/background/traffic/flag.ts'
import { BODY_RULE_FIELDS } from '../../../../src/shared/rules/body-rule-fields.ts'
import { evaluate } from '../../../../src/shared/rules/index.ts'

// Issue 24 §3: the every-tab observer checks a body's text for the names the rules read before parsing it.

const T = Date.parse('2026-05-01T10:00:00Z')
const ctx = { hosts: [], now: new Date(T), idPrefix: 'r' }
const V3 = 'https://gateway.stage.bill.com/connect/v3'
const V2 = 'https://api-stage.bill.com/api/v2'
const post = (url: string, text: string) => ({ method: 'POST', url, headers: [], body: { text } })
const ordinary = JSON.stringify({ phone: '+15550100', note: 'x'.repeat(1000) })

afterEach(() => vi.restoreAllMocks())

describe('the byte pre-check of the every-tab observer', () => {
  it('never parses an ordinary 1 KB body, and still flags one with a deprecated field', () => {
    const parse = vi.spyOn(JSON, 'parse')
    expect(flagRequest(post(`${V3}/mfa/challenge`, ordinary), ctx)).toEqual([])
    expect(parse).not.toHaveBeenCalled()
    const flagged = flagRequest(post(`${V3}/mfa/challenge`, '{"useBackup":true}'), ctx)
    expect(flagged.map((f) => f.ruleId)).toEqual(['mfa-challenge-backup-phone'])
  })

  it('keeps the URL rules for a body it skips', () => {
    const found = flagRequest(post(`${V3}/mfa/challenge?devKey=k`, ordinary), ctx)
    expect(found.map((f) => f.ruleId)).toEqual(['credentials-in-query'])
  })

  it('finds exactly what the rules engine finds on the whole body, for any body', () => {
    const key = fc.oneof(
      fc.constantFrom(...BODY_RULE_FIELDS),
      fc.constantFrom('\\u0075seBackup', 'prim\\u0061ry', 'user%4Eame', 'note', 'USEBACKUP'),
      fc.string({ maxLength: 12 }),
    )
    const value = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), fc.string({ maxLength: 20 }))
    const jsonBody = fc
      .array(fc.tuple(key, value), { maxLength: 6 })
      .map((members) => `{${members.map(([k, v]) => `"${k}":${JSON.stringify(v)}`).join(',')}}`)
    const formBody = fc
      .array(fc.tuple(key, fc.string({ maxLength: 10 })), { maxLength: 4 })
      .map((fields) => fields.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
    const url = fc.constantFrom(
      `${V3}/mfa/challenge`,
      `${V3}/mfa/setup`,
      `${V3}/login`,
      `${V2}/Login.json`,
      `${V2}/MFAChallenge.json`,
    )
    fc.assert(
      fc.property(url, fc.oneof(jsonBody, formBody), (u, text) => {
        const request = post(u, text)
        const engine = evaluate(request, { now: ctx.now }).findings.filter((f) => f.severity !== 'info')
        const flagged = flagRequest(request, ctx)
        expect(flagged.map((f) => [f.ruleId, f.field])).toEqual(engine.map((f) => [f.ruleId, f.field]))
      }),
      { numRuns: 500 },
    )
  })
})
