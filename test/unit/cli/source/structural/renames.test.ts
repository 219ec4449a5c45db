import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'

// A member that a serialiser renames to BILL's field on the wire is that field (structural/renames.ts).
const NOW = { now: new Date('2026-04-10') }
const rules = (path: string, text: string) =>
  scanSource({ path, text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

const SETUP = 'https://gateway.stage.bill.com/connect/v3/mfa/setup'

describe('renamed members', () => {
  it.each([
    [
      'Rust serde',
      'x.rs',
      (rename: string) =>
        `struct Setup {\n    ${rename}\n    is_primary: bool,\n}\nfn f(c: &Client) {\n    let s = Setup { is_primary: false };\n    c.post("${SETUP}").json(&s).send();\n}`,
      '#[serde(rename = "primary")]',
      6,
    ],
    [
      'Rust serde, another attribute between the rename and the member',
      'x.rs',
      (rename: string) =>
        `struct Setup {\n    ${rename}\n    #[serde(default)]\n    is_primary: bool,\n}\nfn f(c: &Client) {\n    let s = Setup { is_primary: false };\n    c.post("${SETUP}").json(&s).send();\n}`,
      '#[serde(rename = "primary")]',
      7,
    ],
    [
      'Kotlin kotlinx.serialization',
      'X.kt',
      (rename: string) =>
        `data class Setup(\n    ${rename} val isPrimary: Boolean = false,\n)\ninterface Api {\n    @POST("${SETUP}")\n    fun setup(@Body body: Setup): Call<Unit>\n}`,
      '@SerialName("primary")',
      2,
    ],
    [
      'Swift CodingKeys',
      'X.swift',
      (rename: string) =>
        `struct Setup: Encodable {\n    var isPrimary: Bool = false\n    enum CodingKeys: String, CodingKey {\n        ${rename}\n    }\n}\nfunc f() {\n    var r = URLRequest(url: URL(string: "${SETUP}")!)\n    r.httpBody = try? JSONEncoder().encode(Setup())\n}`,
      'case isPrimary = "primary"',
      2,
    ],
  ])('%s: reported when renamed to BILL’s field, silent otherwise', (_name, path, source, rename, line) => {
    expect(rules(path, source(rename))).toEqual([`${line} mfa-setup-secondary-phone`])
    expect(rules(path, source(rename.replace('primary', 'main')))).toEqual([])
  })
})
