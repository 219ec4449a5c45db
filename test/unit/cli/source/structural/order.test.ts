// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { runs } from '../../../property-runs.ts'
import { NOW } from '../mfa-findings.ts'

// Issue 22: reordering the functions (and types) of a file never changes its findings. Each unit is one
// request shape of issue 22; a finding is named by the unit it falls in.

const TS_HEAD = [
  "const BASE = 'https://gateway.stage.bill.com/connect'",
  'const MFA = `${BASE}/v3/mfa`',
  'const CHALLENGE = `${MFA}/challenge`',
]
const TS_UNITS = [
  'function a(h) {\n  return h.post(CHALLENGE, { useBackup: true })\n}',
  'function b(h, id) {\n  const account = { primary: false }\n  return h.post(`${BASE}/v3/vendors/${id}/bank-account`, account)\n}',
  "function c(h) {\n  const s = { primary: false }\n  return h.post(MFA + '/setup', s)\n}",
  "function d(h) {\n  return h.post('https://auth.acme.io/v3/mfa/challenge', { useBackup: true })\n}",
  'class E {\n  useBackup = true\n}',
  'function e(h) {\n  return h.post(CHALLENGE, JSON.stringify(new E()))\n}',
  "function f(h) {\n  const fields = [{ name: 'primary', value: false }]\n  return h.post(`${MFA}/setup`, toBody(fields))\n}",
  'function g(h, flag) {\n  return h.post(CHALLENGE, { useBackup: flag })\n}',
]

const PY_HEAD = ['BASE = "https://gateway.stage.bill.com/connect"', 'MFA = "v3/mfa"']
const PY_UNITS = [
  'def a(s):\n    return s.post(f"{BASE}/{MFA}/challenge", json={"useBackup": True})',
  'def b(s):\n    bank = {"primary": False}\n    s.post(f"{BASE}/v3/vendors/1/bank-account", json=bank)',
  'def c(s):\n    setup = {"primary": False}\n    return s.post("{}/{}/setup".format(BASE, MFA), json=setup)',
  'class Body:\n    useBackup: bool = True',
  'def d(s):\n    return s.post(urljoin(BASE, MFA + "/challenge"), json=asdict(Body()))',
]

const KT_HEAD = [
  'const val BASE = "https://gateway.stage.bill.com/connect"',
  'const val MFA = "$BASE/v3/mfa"',
]
const KT_UNITS = [
  'fun a(h: HttpClient) = h.post("$MFA/challenge") { setBody(mapOf("useBackup" to true)) }',
  'fun b(h: HttpClient, id: String) {\n    val account = mapOf("primary" to false)\n    h.post("$BASE/v3/vendors/$id/bank-account") { setBody(account) }\n}',
  'data class Setup(val phone: String, val primary: Boolean = false)',
  'interface Api {\n    @POST("v3/mfa/setup")\n    fun setup(@Body body: Setup): Call<Unit>\n}',
  'fun g(h: HttpClient, flag: Boolean) = h.post("$MFA/challenge") { setBody(mapOf("useBackup" to flag)) }',
]

const SWIFT_HEAD = ['let base = "https://gateway.stage.bill.com/connect"']
const SWIFT_UNITS = [
  'func a() {\n    var r = URLRequest(url: URL(string: base + "/v3/mfa/challenge")!)\n    r.httpBody = try? JSONSerialization.data(withJSONObject: ["useBackup": true])\n}',
  'struct Setup: Encodable {\n    var primary: Bool = false\n}',
  'func c() {\n    var r = URLRequest(url: URL(string: "\\(base)/v3/mfa/setup")!)\n    r.httpBody = try? JSONEncoder().encode(Setup())\n}',
  'func d(id: String) {\n    AF.request("\\(base)/v3/vendors/\\(id)/contacts", method: .post, parameters: ["primary": false])\n}',
  'func e(flag: Bool) {\n    var r = URLRequest(url: URL(string: base + "/v3/mfa/challenge")!)\n    r.httpBody = try? JSONSerialization.data(withJSONObject: ["useBackup": flag])\n}',
]

const RS_HEAD = ['const BASE: &str = "https://gateway.stage.bill.com/connect";']
const RS_UNITS = [
  'fn a(c: &Client) {\n    c.post(format!("{BASE}/v3/mfa/challenge")).json(&json!({"useBackup": true})).send();\n}',
  'fn b(c: &Client) {\n    let body = json!({"primary": false});\n    c.post(format!("{BASE}/v3/vendors/1/bank-account")).json(&body).send();\n}',
  'struct Setup {\n    #[serde(rename = "primary")]\n    is_primary: bool,\n}',
  'fn d(c: &Client) {\n    let s = Setup { is_primary: false };\n    c.post(format!("{BASE}/v3/mfa/setup")).json(&s).send();\n}',
  'fn e(c: &Client, flag: bool) {\n    c.post(format!("{BASE}/v3/mfa/challenge")).json(&json!({"useBackup": flag})).send();\n}',
]

/** The findings of a file made of `head` then `units` in `order`, named by unit. */
function findings(path: string, head: string[], units: string[], order: number[]): string[] {
  const lines = [...head]
  const unitAt: number[] = head.map(() => -1)
  for (const i of order) {
    for (const line of (units[i] ?? '').split('\n')) {
      lines.push(line)
      unitAt.push(i)
    }
  }
  return scanSource({ path, text: lines.join('\n') }, NOW)
    .findings.filter((f) => f.ruleId.startsWith('mfa-'))
    .map((f) => `${unitAt[f.line - 1]} ${f.ruleId}`)
    .sort()
}

const ordering = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })

describe('findings do not depend on the order of functions', () => {
  it.each([
    ['TypeScript', 'x.ts', TS_HEAD, TS_UNITS],
    ['Python', 'x.py', PY_HEAD, PY_UNITS],
    ['Kotlin', 'x.kt', KT_HEAD, KT_UNITS],
    ['Swift', 'x.swift', SWIFT_HEAD, SWIFT_UNITS],
    ['Rust', 'x.rs', RS_HEAD, RS_UNITS],
  ])('%s', (_name, path, head, units) => {
    const inOrder = findings(path, head, units, [...units.keys()])
    expect(inOrder.length).toBeGreaterThanOrEqual(3)
    fc.assert(
      fc.property(ordering(units.length), (order) => {
        expect(findings(path, head, units, order)).toEqual(inOrder)
      }),
      runs(40),
    )
  })
})
