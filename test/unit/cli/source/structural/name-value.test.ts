import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'

// Issue 22, class 6 (name/value lists) and class 1 in JSON data (a list of requests, each its own body).
const NOW = { now: new Date('2026-04-10') }
const found = (path: string, text: string) =>
  scanSource({ path, text }, NOW)
    .findings.filter((f) => f.ruleId.startsWith('mfa-'))
    .map((f) => `${f.line} ${f.ruleId}`)
const lines = (...l: string[]) => l.join('\n')
const BASE = 'https://gateway.stage.bill.com/connect'

describe('name/value lists', () => {
  it('a low-code export: each entry goes to its own query’s URL', () => {
    const json = lines(
      '{ "queries": [',
      `  { "url": "${BASE}/v3/mfa/challenge", "bodyParameters": [`,
      '    { "name": "useBackup", "value": true } ] },',
      `  { "url": "${BASE}/v3/vendors/1/bank-account", "bodyParameters": [`,
      '    { "name": "primary", "value": false } ] },',
      `  { "url": "${BASE}/v3/mfa/setup", "bodyParameters": [`,
      '    { "key": "primary", "value": "false" } ] } ] }',
    )
    expect(found('export.json', json)).toEqual([
      '3 mfa-challenge-backup-phone',
      '7 mfa-setup-secondary-phone',
    ])
  })

  it('form fields in code follow their variable to the request', () => {
    const ts = lines(
      'export function setup(phone: string) {',
      "  const fields = [{ name: 'phone', value: phone }, { name: 'primary', value: false }]",
      `  return fetch('${BASE}/v3/mfa/setup', { body: JSON.stringify(toBody(fields)) })`,
      '}',
      "const labels = [{ name: 'primary', value: false }]",
    )
    expect(found('f.ts', ts)).toEqual(['2 mfa-setup-secondary-phone'])
  })
})

describe('JSON request lists', () => {
  it('reads each request’s body with its own URL, 15 lines apart or not', () => {
    const json = lines(
      '[',
      `  { "url": "${BASE}/v3/vendors/1/bank-account", "body": { "primary": false } },`,
      `  { "url": "${BASE}/v3/mfa/setup", "body": { "phone": "1", "primary": false } }`,
      ']',
    )
    expect(found('requests.json', json)).toEqual(['3 mfa-setup-secondary-phone'])
  })
})
