import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'

// The shapes issue 12 lists, one language at a time: `line ruleId` of every MFA finding.
const NOW = { now: new Date('2026-04-10') }
const found = (path: string, text: string) =>
  scanSource({ path, text }, NOW)
    .findings.filter((f) => f.ruleId.startsWith('mfa-'))
    .map((f) => `${f.line} ${f.ruleId}`)
const lines = (...l: string[]) => l.join('\n')
const filler = (n: number) => Array.from({ length: n }, (_, i) => `// helper ${i}`)

describe('structural analysis: the shapes of issue 12', () => {
  it('Java: addProperty and put, with the endpoint in a constant', () => {
    const java = lines(
      'class C { static final String SETUP = "/v3/mfa/setup"; static final String CH = "/v3/mfa/challenge";',
      '  void a() { JsonObject b = new JsonObject(); b.addProperty("useBackup", true); post(CH, b); }',
      '  void s() { Map<String, Object> m = new HashMap<>(); m.put("primary", false); post(SETUP, m); }',
      '  void r(boolean x) { post(CH, Req.builder().useBackup(x).build()); } }',
    )
    expect(found('C.java', java)).toEqual([
      '2 mfa-challenge-backup-phone',
      '3 mfa-setup-secondary-phone',
      '4 mfa-field-runtime-value',
    ])
  })

  it('C#: index initializers and anonymous objects next to other shapes', () => {
    const cs = lines(
      'class S { const string Setup = "/v3/mfa/setup"; const string Ch = "/v3/mfa/challenge";',
      '  Task A() => http.PostAsJsonAsync(Ch, new { code = 1, useBackup = true });',
      '  Task B() { var b = new JsonObject { ["phone"] = p, ["primary"] = false }; return http.PostAsync(Setup, b); }',
      '  Task C() { var d = new JsonObject(); d["primary"] = false; return http.PostAsync(Setup, d); } }',
    )
    expect(found('S.cs', cs)).toEqual([
      '2 mfa-challenge-backup-phone',
      '3 mfa-setup-secondary-phone',
      '4 mfa-setup-secondary-phone',
    ])
  })

  it('TypeScript: a path held in a constant or a config object 30+ lines away', () => {
    const ts = lines(
      "export const BILL_PATHS = { mfaSetup: '/v3/mfa/setup' }",
      "const ADD_PHONE = '/mfa/setup'",
      ...filler(32),
      'export const a = (http) => http.post(BILL_PATHS.mfaSetup, { primary: false })',
      'export function b(http) { const body = { primary: false }; return http.post(ADD_PHONE, body) }',
    )
    expect(found('x.ts', ts)).toEqual(['35 mfa-setup-secondary-phone', '36 mfa-setup-secondary-phone'])
  })

  it('Python: a value passed at a call site into a function that sends to the challenge', () => {
    const py = lines(
      'CHALLENGE = "https://gateway.stage.bill.com/connect/v3/mfa/challenge"',
      'def request_challenge(s, use_backup=False):',
      '    return s.post(CHALLENGE, json={"useBackup": use_backup})',
      'def other(s, use_backup=True):',
      '    return s.get("https://example.com")',
      'request_challenge(s, use_backup=True)',
      'other(s, use_backup=True)',
    )
    expect(found('c.py', py)).toEqual(['3 mfa-field-runtime-value', '6 mfa-challenge-backup-phone'])
  })

  it('warns on every run-time shape: shorthand, ternary, template, builder, pass-through', () => {
    const ts = lines(
      "const CH = 'https://gateway.stage.bill.com/connect/v3/mfa/challenge'",
      'export const a = (h, useBackup) => h.post(CH, { useBackup })',
      "export const b = (h, m) => h.post(CH, { useBackup: m === 'backup' ? 'true' : 'false' })",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      'export const c = (h, u) => h.post(CH, `{"useBackup": ${u}}`)',
      'export const d = (h, u) => h.post(CH, new ChallengeBuilder().useBackup(u).build())',
      'export const e = (h, o) => h.post(CH, { useBackup: o.useBackup })',
    )
    expect(found('r.ts', ts)).toEqual([2, 3, 4, 5, 6].map((l) => `${l} mfa-field-runtime-value`))
  })

  it('reads string-encoded bodies: JSON.stringify, raw JSON, form fields, curl -d and --data-urlencode', () => {
    const js = lines(
      "const V2 = 'https://api-stage.bill.com/api/v2/MFAChallenge.json'",
      "fetch(V2, { method: 'POST', body: 'data=' + JSON.stringify({ useBackup: true }) })",
      'fetch(V2, { method: \'POST\', body: \'data={"useBackup":"TRUE"}\' })',
      "fetch(V2, { method: 'POST', body: 'data=%7B%22useBackup%22%3Atrue%7D' })",
    )
    expect(found('v2.js', js)).toEqual([2, 3, 4].map((l) => `${l} mfa-challenge-backup-phone`))
    const sh = lines(
      'curl "https://api-stage.bill.com/api/v2/MFAChallenge.json" --data-urlencode \'data={"useBackup":true}\'',
      'curl -X POST "$BASE/v3/mfa/challenge" -H "devKey: $K" -d useBackup=true',
    )
    expect(found('m.sh', sh)).toEqual(['1 mfa-challenge-backup-phone', '2 mfa-challenge-backup-phone'])
  })

  it('places the finding on the name and ends it after the value', () => {
    const { findings } = scanSource(
      { path: 'a.py', text: 'requests.post(BASE + "/v3/mfa/challenge", json={"useBackup": True})' },
      NOW,
    )
    expect(findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.endpoint])).toEqual([
      [1, 50, 1, 66, 'v3.mfa.challenge'],
    ])
  })
})

describe('the BILL context gate', () => {
  it('says nothing without BILL evidence in the file', () => {
    expect(found('ext.ts', 'chrome.storage.sync.set({ useBackup: true, primary: false })')).toEqual([])
    expect(found('db.py', 'connect(primary=False, use_backup=True)')).toEqual([])
  })

  it('ignores the fields when the code sends them to another BILL endpoint or to no MFA endpoint', () => {
    const ts = lines(
      "const B = 'https://gateway.stage.bill.com/connect'",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      'export const v = (h) => h.get(`${B}/v3/vendors`, { params: { useBackup: true } })',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      "export const s = (h) => h.post(`${B}/v3/mfa/setup`, { phone: '1' })",
      'export function pool() { return [{ host: "db-1", primary: false }] }',
    )
    expect(found('b.ts', ts)).toEqual([])
  })

  it('does not read messages as bodies: prose in strings names no endpoint and sets no field', () => {
    const ts = lines(
      "const HOST = 'https://gateway.stage.bill.com/connect'",
      'export const HELP = \'"useBackup": true on POST /v3/mfa/challenge sends the code to the backup phone.\'',
      'export const SETUP = \'POST /v3/mfa/setup with "primary": false adds a secondary phone.\'',
      'export const explain = (flags) => ({ useBackup: flags.backup, primary: flags.primary })',
    )
    expect(found('help.ts', ts)).toEqual([])
  })

  it('reads only code in Markdown: fenced blocks with their language, and indented code', () => {
    const md = lines(
      '# Migrating',
      'Since the change, `useBackup: true` on POST /v3/mfa/challenge and `"primary": false` are refused.',
      '',
      '```python',
      'session.post(CHALLENGE, json={"useBackup": True})',
      '```',
      '',
      '    {"useBackup": true}',
    )
    const { findings } = scanSource({ path: 'MIGRATING.md', text: md }, NOW)
    expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.analysis}`)).toEqual([
      '5 mfa-challenge-backup-phone structural',
      '8 mfa-challenge-backup-phone text',
    ])
  })

  it('knows an extensionless script by its #! line', () => {
    const py = '#!/usr/bin/env python3\nrequests.post(BASE + "/v3/mfa/challenge", json={"useBackup": flag})\n'
    const { language, findings } = scanSource({ path: 'bin/request-code', text: py }, NOW)
    expect([language, ...findings.map((f) => f.ruleId)]).toEqual(['python', 'mfa-field-runtime-value'])
  })

  it('falls back to the text matcher for languages it does not parse, and says so', () => {
    const ex = 'Req.post!(@base <> "/v3/mfa/challenge", json: %{"useBackup" => true})'
    const { language, findings } = scanSource({ path: 'mfa.ex', text: ex }, NOW)
    expect(language).toBe('text')
    expect(findings.map((f) => `${f.ruleId} ${f.analysis}`)).toEqual(['mfa-challenge-backup-phone text'])
  })
})
