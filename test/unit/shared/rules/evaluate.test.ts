import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import type { NormalizedRequest } from '../../../../src/shared/har/request.ts'
import { evaluate } from '../../../../src/shared/rules/evaluate.ts'
import type { Rule, RuleContext } from '../../../../src/shared/rules/rule.ts'

const V3 = `${BASE_URLS.sandbox.v3}/v3`
const request = (more: Partial<NormalizedRequest> = {}): NormalizedRequest => ({
  method: 'POST',
  url: `${V3}/mfa/challenge`,
  headers: [],
  body: { mimeType: 'application/json', text: '{"useBackup":true}' },
  ...more,
})
const rule = (id: string, check: Rule['check'], severity: Rule['severity'] = 'warning'): Rule => ({
  id,
  title: id,
  help: id,
  severity,
  check,
})

describe('evaluate', () => {
  it('reads nothing of a request that is not BILL, or whose URL cannot be read', () => {
    let asked = false
    const spy = rule('spy', () => {
      asked = true
      return [{ message: 'm' }]
    })
    expect(evaluate(request({ url: 'https://example.com/x' }), { rules: [spy] })).toEqual({ findings: [] })
    expect(evaluate(request({ url: undefined as never }), { rules: [spy] })).toEqual({ findings: [] })
    expect(asked).toBe(false)
    expect(
      evaluate(request({ url: 'http://mock.test/v3/mfa/challenge' }), { rules: [spy], hosts: ['mock.test'] })
        .findings,
    ).toHaveLength(1)
  })

  it('stamps each draft with its rule id and the severity at the date given', () => {
    const dated = rule('dated', () => [{ message: 'a' }, { message: 'b' }], {
      before: 'info',
      from: '2026-03-30',
      onwards: 'error',
    })
    const at = (now: string) => evaluate(request(), { rules: [dated], now }).findings
    expect(at('2026-03-29')).toEqual([
      { ruleId: 'dated', severity: 'info', message: 'a' },
      { ruleId: 'dated', severity: 'info', message: 'b' },
    ])
    expect(at('2026-03-30').map((f) => f.severity)).toEqual(['error', 'error'])
  })

  it('evaluates at the present moment by default', () => {
    const past = rule('p', () => [{ message: 'm' }], { before: 'info', from: '2000-01-01', onwards: 'error' })
    const future = rule('f', () => [{ message: 'm' }], {
      before: 'info',
      from: '2999-01-01',
      onwards: 'error',
    })
    expect(evaluate(request(), { rules: [past, future] }).findings.map((f) => f.severity)).toEqual([
      'error',
      'info',
    ])
  })

  it('skips a rule that throws and runs the others, which see the earlier findings', () => {
    const seen: number[] = []
    const rules = [
      rule('first', () => [{ message: '1' }]),
      rule('broken', () => {
        throw new Error('odd input')
      }),
      rule('none', () => []),
      rule('last', (ctx) => {
        seen.push(ctx.earlier.length)
        return [{ message: '2' }]
      }),
    ]
    expect(evaluate(request(), { rules }).findings.map((f) => f.ruleId)).toEqual(['first', 'last'])
    expect(seen).toEqual([1])
  })

  it('gives the parsed body only when a finding points into it', () => {
    const inUrl = rule('u', () => [{ message: 'm', location: { in: 'url', range: [0, 1] } }])
    const inBody = rule('b', () => [
      { message: 'm', location: { in: 'body', pointer: '/useBackup', range: [1, 17] } },
    ])
    const nowhere = rule('n', () => [{ message: 'm' }])
    expect('body' in evaluate(request(), { rules: [inUrl, nowhere] })).toBe(false)
    expect(evaluate(request(), { rules: [inUrl, inBody] }).body).toMatchObject({
      kind: 'json',
      value: { useBackup: true },
    })
    expect(evaluate(request(), { rules: [inUrl] }).target).toMatchObject({ api: 'v3' })
  })

  it('gives every rule the same body, fields and errors, each read once', () => {
    const views: unknown[][] = []
    const look = (ctx: RuleContext) => {
      views.push([ctx.body(), ctx.fields(), ctx.errors(), ctx.body(), ctx.fields(), ctx.errors()])
      return []
    }
    const answered = request({ response: { status: 400, body: { text: '[{"code":"BDC_1"}]' } } })
    evaluate(answered, { rules: [rule('a', look), rule('b', look)] })
    const [a, b] = views as [unknown[], unknown[]]
    for (let i = 0; i < 6; i++) expect(b[i]).toBe(a[i])
    expect(a[0]).toBe(a[3])
    expect(a[1]).toBe(a[4])
    expect(a[2]).toBe(a[5])
    expect(a[2]).toEqual([{ code: 'BDC_1' }])
    expect((a[1] as { members: unknown[] }).members).toHaveLength(1)
  })

  it('runs every rule of the catalogue by default', () => {
    const ids = evaluate(request(), { now: '2026-04-01' }).findings.map((f) => f.ruleId)
    expect(ids).toEqual(['mfa-challenge-backup-phone'])
  })
})
