import { describe, expect, it } from 'vitest'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'

// Issue 22, class 6 (name/value lists) and class 1 in JSON data (a list of requests, each its own body).

describe('name/value lists', () => {
  it('a low-code export: each entry goes to its own query’s URL', () => {
    const json = lines(
      '{ "queries": [',
      `  { "url": "${BILL_BASE}/v3/mfa/challenge", "bodyParameters": [`,
      '    { "name": "useBackup", "value": true } ] },',
      `  { "url": "${BILL_BASE}/v3/vendors/1/bank-account", "bodyParameters": [`,
      '    { "name": "primary", "value": false } ] },',
      `  { "url": "${BILL_BASE}/v3/mfa/setup", "bodyParameters": [`,
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
      `  return fetch('${BILL_BASE}/v3/mfa/setup', { body: JSON.stringify(toBody(fields)) })`,
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
      `  { "url": "${BILL_BASE}/v3/vendors/1/bank-account", "body": { "primary": false } },`,
      `  { "url": "${BILL_BASE}/v3/mfa/setup", "body": { "phone": "1", "primary": false } }`,
      ']',
    )
    expect(found('requests.json', json)).toEqual(['3 mfa-setup-secondary-phone'])
  })
})
