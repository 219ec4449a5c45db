import { describe, expect, it } from 'vitest'
import type { NormalizedRequest } from '../../../../src/shared/har/request.ts'
import { billTarget, evaluate, excerpt, locatedText, RULES } from '../../../../src/shared/rules/index.ts'

const STAGE_V3 = 'https://gateway.stage.bill.com/connect/v3'
const STAGE_V2 = 'https://api-stage.bill.com/api/v2'
const BEFORE = '2026-03-29T23:59:59Z'
const AFTER = '2026-03-30T00:00:00Z'

function json(url: string, body: unknown, extra: Partial<NormalizedRequest> = {}): NormalizedRequest {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return { method: 'POST', url, headers: [], body: { mimeType: 'application/json', text }, ...extra }
}

function form(url: string, data: unknown, extra: Partial<NormalizedRequest> = {}): NormalizedRequest {
  const text = new URLSearchParams({ devKey: 'k', sessionId: 's', data: JSON.stringify(data) }).toString()
  return {
    method: 'POST',
    url,
    headers: [],
    body: { mimeType: 'application/x-www-form-urlencoded', text },
    ...extra,
  }
}

const ids = (r: NormalizedRequest, now: string = AFTER, hosts: string[] = []) =>
  evaluate(r, { now, hosts }).findings.map((f) => `${f.ruleId}:${f.severity}`)

describe('MFA field rules', () => {
  it('flags primary:false on v3 MFA setup: a warning before 2026-03-30, an error from then on', () => {
    const r = json(`${STAGE_V3}/mfa/setup`, { phone: '555', type: 'TEXT', primary: false })
    expect(ids(r, BEFORE)).toEqual(['mfa-setup-secondary-phone:warning'])
    expect(ids(r, AFTER)).toEqual(['mfa-setup-secondary-phone:error'])
    const [before] = evaluate(r, { now: BEFORE }).findings
    const [after] = evaluate(r, { now: AFTER }).findings
    expect(before?.message).toContain('will reject it with HTTP 400 from 2026-03-30')
    expect(after?.message).toContain('rejects it with HTTP 400 since 2026-03-30')
    expect(after).toMatchObject({ field: 'primary', value: false, deadline: '2026-03-30' })
    expect(after?.fix).toContain('"primary" to true')
  })

  it('flags useBackup true on v3 challenge and v2 MFAChallenge.json, not on challenge/validate', () => {
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, { useBackup: true }))).toEqual([
      'mfa-challenge-backup-phone:error',
    ])
    expect(ids(form(`${STAGE_V2}/MFAChallenge.json`, { useBackup: true }))).toEqual([
      'mfa-challenge-backup-phone:error',
    ])
    expect(ids(json(`${STAGE_V3}/mfa/challenge/validate`, { useBackup: true, challengeId: 'c' }))).toEqual([])
    expect(ids(json(`${STAGE_V3}/mfa/setup`, { useBackup: true }))).toEqual([])
  })

  it('says "an error response" for v2, where BILL answers HTTP 200 with an error envelope', () => {
    const [f] = evaluate(form(`${STAGE_V2}/MFAChallenge.json`, { useBackup: true }), { now: AFTER }).findings
    expect(f?.message).toContain('an error response')
  })

  it('counts "true"/"false" strings in any case like booleans', () => {
    for (const v of ['true', 'TRUE', 'True', ' true ']) {
      expect(ids(json(`${STAGE_V3}/mfa/challenge`, { useBackup: v }))).toEqual([
        'mfa-challenge-backup-phone:error',
      ])
    }
    expect(ids(json(`${STAGE_V3}/mfa/setup`, { primary: 'False' }))).toEqual([
      'mfa-setup-secondary-phone:error',
    ])
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, { useBackup: 'yes' }))).toEqual([])
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, { useBackup: 1 }))).toEqual([])
  })

  it('reports the allowed values as optional (info)', () => {
    expect(ids(json(`${STAGE_V3}/mfa/setup`, { primary: true }))).toEqual(['mfa-optional-field:info'])
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, { useBackup: 'false' }))).toEqual([
      'mfa-optional-field:info',
    ])
    expect(ids(form(`${STAGE_V2}/MFAChallenge.json`, { useBackup: false }))).toEqual([
      'mfa-optional-field:info',
    ])
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, {}))).toEqual([])
  })

  it('matches field names case-sensitively and only at the top level', () => {
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, { UseBackup: true, usebackup: true }))).toEqual([])
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, { options: { useBackup: true } }))).toEqual([])
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, [{ useBackup: true }]))).toEqual([])
  })

  it('checks every duplicate key, since servers differ on which one wins', () => {
    const r = json(`${STAGE_V3}/mfa/challenge`, '{"useBackup":false,"useBackup":true}')
    expect(ids(r)).toEqual(['mfa-challenge-backup-phone:error', 'mfa-optional-field:info'])
  })

  it('points the range at the field in the body, or inside the decoded v2 data', () => {
    const text = '{\n  "phone": "555",\n  "primary" :  false\n}'
    const r = json(`${STAGE_V3}/mfa/setup`, text)
    const ev = evaluate(r, { now: AFTER })
    const loc = ev.findings[0]?.location
    expect(loc).toMatchObject({ in: 'body', pointer: '/primary' })
    if (!loc || loc.in === 'url') throw new Error('expected a body location')
    expect(text.slice(...loc.range)).toBe('"primary" :  false')

    const v2 = evaluate(form(`${STAGE_V2}/MFAChallenge.json`, { token: 'a&b', useBackup: 'true' }), {
      now: AFTER,
    })
    const f = v2.findings[0]
    if (f?.location?.in !== 'data') throw new Error('expected a data location')
    const data = locatedText(f.location, '', v2.body)
    expect(data.slice(...f.location.range)).toBe('"useBackup":"true"')
    expect(excerpt(data, f.location.range, 5)).toBe('…a&b","useBackup":"true"}')
  })

  it('reads v2 bodies given as HAR params (no text)', () => {
    const r: NormalizedRequest = {
      method: 'POST',
      url: `${STAGE_V2}/MFAChallenge.json`,
      headers: [],
      body: { params: [{ name: 'data', value: '{"useBackup":true}' }] },
    }
    expect(ids(r)).toEqual(['mfa-challenge-backup-phone:error'])
  })
})

describe('which requests are BILL’s', () => {
  const setup = { phone: '1', primary: false }

  it('takes BILL’s hosts, and unresolved {{baseUrl}} URLs with a BILL path', () => {
    expect(ids(json('https://gateway.prod.bill.com/connect/v3/mfa/setup', setup))).toHaveLength(1)
    expect(ids(json('{{baseUrl}}/v3/mfa/setup', setup))).toHaveLength(1)
    expect(ids(json('https://{{host}}/connect/v3/mfa/setup', setup))).toHaveLength(1)
    expect(ids(json('{{baseUrl}}/index.html', setup))).toEqual([])
  })

  it('ignores other hosts unless given, matching a host with or without its port', () => {
    const mock = json('http://mock.example:4010/v3/mfa/setup', setup)
    expect(ids(mock)).toEqual([])
    expect(ids(mock, AFTER, ['mock.example:4010'])).toHaveLength(1)
    expect(ids(mock, AFTER, ['mock.example'])).toHaveLength(1)
    expect(ids(mock, AFTER, ['mock.example:9999'])).toEqual([])
    expect(ids(mock, AFTER, ['http://MOCK.example'])).toHaveLength(1)
    expect(evaluate(json('https://example.com/v3/mfa/setup', setup)).target).toBeUndefined()
  })

  it('takes BILL’s own path shapes on any host, and BILL paths on loopback (the sandbox, a mock)', () => {
    expect(ids(json('http://127.0.0.1:4010/connect/v3/mfa/setup', setup))).toHaveLength(1)
    expect(ids(json('https://bill-mock.example/connect/v3/mfa/setup', setup))).toHaveLength(1)
    expect(ids(json('http://localhost:4010/v3/mfa/setup', setup))).toHaveLength(1)
    const v2 = 'https://bill-mock.example/api/v2/MFAChallenge.json'
    expect(billTarget('POST', v2)?.endpoint?.id).toBe('v2.mfa.challenge')
    // Another API's look-alike paths on its own host, and a look-alike host's other pages, stay quiet.
    expect(billTarget('POST', 'https://api.other.example/v3/mfa/setup')).toBeUndefined()
    expect(billTarget('POST', 'https://api.other.example/api/v2/Widgets.json')).toBeUndefined()
    // Not even when the look-alike host is given: only its BILL paths are BILL's.
    for (const page of ['demo', 'demo.css', 'demo.js', 'accounts']) {
      const url = `http://127.0.0.1:4010/__sandbox/${page}`
      expect(billTarget('GET', url), url).toBeUndefined()
      expect(billTarget('GET', url, ['127.0.0.1:4010']), url).toBeUndefined()
    }
  })
})

describe('URL rules', () => {
  it('flags credentials in the query, any spelling, pointing at the parameter', () => {
    const url = `${STAGE_V2}/Login.json?userName=a&x=1&PASSWORD=b`
    const ev = evaluate({ method: 'POST', url, headers: [] }, { now: AFTER })
    expect(ev.findings.map((f) => f.field)).toEqual(['userName', 'PASSWORD'])
    const loc = ev.findings[1]?.location
    if (!loc) throw new Error('expected a location')
    expect(url.slice(...loc.range)).toBe('PASSWORD=b')
    expect(ev.findings[0]).toMatchObject({ severity: 'error', ruleId: 'credentials-in-query' })
  })

  it('flags the shut-down v2 sandbox host', () => {
    const ev = evaluate({
      method: 'POST',
      url: 'https://api-sandbox.bill.com/api/v2/Login.json',
      headers: [],
    })
    expect(ev.findings).toMatchObject([
      {
        ruleId: 'sunset-host',
        severity: 'warning',
        deadline: '2024-08-31',
        fix: 'Use api-stage.bill.com instead.',
      },
    ])
  })
})

describe('response rules', () => {
  const v2Error = (code: string) => ({
    status: 200,
    body: {
      text: JSON.stringify({ response_status: 1, response_data: { error_code: code, error_message: 'm' } }),
    },
  })
  const v3Error = (status: number, code: string) => ({
    status,
    body: { text: JSON.stringify([{ code, severity: 'ERROR', message: 'm' }]) },
  })

  it('reports BDC_1109 in the v2 envelope and the v3 array as session-expired', () => {
    const get = { method: 'GET', url: `${STAGE_V3}/login/session`, headers: [] }
    expect(ids({ ...get, response: v3Error(401, 'BDC_1109') })).toEqual(['session-expired:warning'])
    const v2 = form(`${STAGE_V2}/GetSessionInfo.json`, {}, { response: v2Error('BDC_1109') })
    expect(ids(v2)).toEqual(['session-expired:warning'])
    const ok = form(
      `${STAGE_V2}/GetSessionInfo.json`,
      {},
      {
        response: {
          status: 200,
          body: { text: '{"response_status":0,"response_data":{"error_code":"BDC_1109"}}' },
        },
      },
    )
    expect(ids(ok)).toEqual([])
  })

  it('reports BDC_1361 as untrusted-session, naming a protected operation', () => {
    const pay = json(`${STAGE_V3}/payments`, { amount: 1 }, { response: v3Error(403, 'BDC_1361') })
    const [f] = evaluate(pay).findings
    expect(f).toMatchObject({ ruleId: 'untrusted-session', severity: 'warning' })
    expect(f?.message).toContain('Create payment (v3) is an MFA-protected operation')
    const b64 = { status: 403, body: { text: btoa('[{"code":"BDC_1361"}]'), encoding: 'base64' } }
    expect(ids(json(`${STAGE_V3}/vendors`, {}, { response: b64 }))).toEqual(['untrusted-session:warning'])
  })

  it('blames a 400 from the MFA endpoints on the deprecated value, when it can be the cause', () => {
    const rejected = json(
      `${STAGE_V3}/mfa/challenge`,
      { useBackup: true },
      { response: v3Error(400, 'BDC_9999') },
    )
    expect(ids(rejected)).toEqual(['mfa-challenge-backup-phone:error', 'deprecated-field-rejected:error'])
    const [, f] = evaluate(rejected, { now: AFTER }).findings
    expect(f?.message).toContain('HTTP 400 BDC_9999 "m"')
    expect(f).toMatchObject({
      field: 'useBackup',
      value: true,
      location: { in: 'body', pointer: '/useBackup' },
    })
    const v2 = form(`${STAGE_V2}/MFAChallenge.json`, { useBackup: true }, { response: v2Error('BDC_0000') })
    expect(ids(v2)).toContain('deprecated-field-rejected:error')
  })

  it('does not blame the value for answers before the deadline or with an unrelated code', () => {
    const body = { useBackup: true }
    const early = json(`${STAGE_V3}/mfa/challenge`, body, { time: BEFORE, response: v3Error(400, 'X') })
    expect(ids(early)).not.toContain('deprecated-field-rejected:error')
    const limited = json(`${STAGE_V3}/mfa/challenge`, body, { response: v3Error(400, 'BDC_1144') })
    expect(ids(limited)).not.toContain('deprecated-field-rejected:error')
    const fine = json(`${STAGE_V3}/mfa/challenge`, body, { response: { status: 200, body: { text: '{}' } } })
    expect(ids(fine)).toEqual(['mfa-challenge-backup-phone:error'])
    const expired = form(`${STAGE_V2}/MFAChallenge.json`, body, { response: v2Error('BDC_1109') })
    expect(ids(expired)).toEqual(['mfa-challenge-backup-phone:error', 'session-expired:warning'])
  })

  it('blames the value when a code with its own cause comes with one it does not explain', () => {
    const body = { useBackup: true }
    const codes = (...list: string[]) => ({
      status: 400,
      body: { text: JSON.stringify(list.map((code) => ({ code, severity: 'ERROR', message: 'm' }))) },
    })
    // BDC_1144 (a rate limit) alone explains the refusal; beside an unknown code it no longer does.
    expect(ids(json(`${STAGE_V3}/mfa/challenge`, body, { response: codes('BDC_1144') }))).not.toContain(
      'deprecated-field-rejected:error',
    )
    expect(
      ids(json(`${STAGE_V3}/mfa/challenge`, body, { response: codes('BDC_1144', 'BDC_9999') })),
    ).toContain('deprecated-field-rejected:error')
  })
})

describe('catalogue', () => {
  it('has unique stable ids with a title and help each', () => {
    const ruleIds = RULES.map((r) => r.id)
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    expect(ruleIds).toEqual([
      'mfa-setup-secondary-phone',
      'mfa-challenge-backup-phone',
      'mfa-optional-field',
      'credentials-in-query',
      'sunset-host',
      'v3-login-v2-fields',
      'session-expired',
      'untrusted-session',
      'deprecated-field-rejected',
      'mfa-field-runtime-value',
    ])
    for (const r of RULES) expect(r.title.length * r.help.length).toBeGreaterThan(0)
  })
})
