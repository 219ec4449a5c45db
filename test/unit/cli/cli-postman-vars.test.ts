import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runJson } from '../cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-pm-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, doc: unknown) => {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(doc, null, 2))
  return path
}

// A team collection: hosts in variables only an environment defines, a folder overriding a variable.
const COLLECTION = write('team.postman_collection.json', {
  info: { name: 'Team', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  variable: [{ key: 'flag', value: 'false' }],
  item: [
    {
      name: 'v2',
      item: [
        {
          name: 'Challenge',
          request: {
            method: 'POST',
            url: '{{url}}/MFAChallenge.json',
            body: { mode: 'urlencoded', urlencoded: [{ key: 'data', value: '{"useBackup":true}' }] },
          },
        },
        {
          name: 'Login',
          request: {
            method: 'POST',
            url: {
              raw: '{{url}}/Login.json',
              host: ['{{url}}'],
              path: ['Login.json'],
              query: [{ key: 'password', value: 'x' }],
            },
          },
        },
        {
          name: 'Other',
          request: {
            method: 'POST',
            url: '{{url}}/Report.json',
            body: { mode: 'raw', raw: '{"useBackup":true}' },
          },
        },
      ],
    },
    {
      name: 'v3',
      variable: [{ key: 'flag', value: 'true' }],
      item: [
        {
          name: 'Challenge',
          request: {
            method: 'POST',
            url: '{{gateway}}/v3/mfa/challenge',
            body: { mode: 'raw', raw: '{ "useBackup": {{flag}} }', options: { raw: { language: 'json' } } },
          },
        },
      ],
    },
    {
      name: 'v3 outside',
      item: [
        {
          name: 'Challenge',
          request: {
            method: 'POST',
            url: '{{gateway}}/v3/mfa/challenge',
            body: { mode: 'raw', raw: '{ "useBackup": {{flag}} }' },
          },
        },
      ],
    },
  ],
})

const ENV = write('team.postman_environment.json', {
  name: 'Team proxy',
  values: [
    { key: 'url', value: 'https://bill-proxy.corp.example/v2', enabled: true },
    { key: 'gateway', value: 'https://bill-proxy.corp.example', enabled: true },
  ],
})

const rows = (args: string[]) =>
  runJson(['--now', '2026-04-10', ...args]).report.findings.map(
    (f) => `${f.location.item} ${f.ruleId} ${f.severity}`,
  )

describe('bill-mfa-lint resolving Postman variables', () => {
  const expected = [
    'v2 / Challenge mfa-challenge-backup-phone error',
    'v2 / Login credentials-in-query error',
    'v3 / Challenge mfa-challenge-backup-phone error',
    'v3 outside / Challenge mfa-optional-field info',
  ]

  it('recognises v2 requests by BILL file name and lets folder variables win over the collection’s', () => {
    expect(rows([COLLECTION])).toEqual(expected)
  })

  it('still recognises them when --env points the host variables at a proxy', () => {
    expect(rows(['--env', ENV, COLLECTION])).toEqual(expected)
  })

  it('shows the URL as written, with the environment’s values', () => {
    const { report } = runJson(['--now', '2026-04-10', '--env', ENV, COLLECTION])
    expect(report.findings[0]?.request).toEqual({
      method: 'POST',
      url: 'https://bill-proxy.corp.example/v2/MFAChallenge.json',
      api: 'v2',
    })
  })
})
