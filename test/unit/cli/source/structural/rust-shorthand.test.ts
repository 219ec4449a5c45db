import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'

// Rust's field init shorthand (`Challenge { use_backup }`) sets the field to the variable of that name.
const NOW = { now: new Date('2026-04-10') }
const sent = (path: string) =>
  [
    'const BASE: &str = "https://gateway.stage.bill.com/connect";',
    'fn send(c: &Client, use_backup: bool) {',
    '    let body = Challenge { use_backup };',
    `    c.post(format!("{BASE}${path}")).json(&body).send();`,
    '}',
  ].join('\n')
const rules = (path: string) =>
  scanSource({ path: 'x.rs', text: sent(path) }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

describe('Rust shorthand fields', () => {
  it('are a run-time value on the MFA challenge, and nothing on another endpoint', () => {
    expect(rules('/v3/mfa/challenge')).toEqual(['3 mfa-field-runtime-value'])
    expect(rules('/v3/vendors/1/contacts')).toEqual([])
  })
})
