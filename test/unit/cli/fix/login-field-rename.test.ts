import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renameJsonKey } from '../../../../src/cli/fix/json-key.ts'
import { runJson } from '../../cli-run.ts'

// v3-login-v2-fields: each v2 sign-in name has exactly one v3 name, so --fix renames it in a collection's
// requests (a raw JSON body on /v3/login, a form field on Login.json) and leaves everything else as it was.

const dir = mkdtempSync(join(tmpdir(), 'bill-mfa-lint-rename-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const collection = join(dir, 'login.postman_collection.json')

const request = (name: string, url: string, body: object) => ({
  name,
  request: { method: 'POST', url, body },
})
const COLLECTION = `${JSON.stringify(
  {
    info: { name: 'Sign-in', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      request('v3 with v2 names', '{{baseUrl}}/v3/login', {
        mode: 'raw',
        raw: '{\n  "userName": "{{user}}",\n  "password": "{{password}}",\n  "orgId": "{{org}}",\n  "devKey": "{{devKey}}"\n}',
      }),
      request('v3 with both names', '{{baseUrl}}/v3/login', {
        mode: 'raw',
        raw: '{ "username": "a", "userName": "b", "password": "p", "organizationId": "o", "devKey": "k" }',
      }),
      request('v2 with a v3 name', '{{url}}/Login.json', {
        mode: 'urlencoded',
        urlencoded: [
          { key: 'userName', value: '{{user}}' },
          { key: 'password', value: '{{password}}' },
          { key: 'organizationId', value: '{{org}}' },
          { key: 'devKey', value: '{{devKey}}' },
        ],
      }),
    ],
  },
  null,
  2,
)}\n`

describe('--fix renames sign-in fields sent with the other API version’s names', () => {
  it('renames them in each request, keeps values and the rest of the file, and leaves an ambiguous body alone', () => {
    writeFileSync(collection, COLLECTION)
    const before = runJson(['--now', '2026-04-10', collection])
    const flagged = before.report.findings.filter((f) => f.ruleId === 'v3-login-v2-fields')
    expect(flagged.map((f) => f.field).sort()).toEqual(['orgId', 'organizationId', 'userName', 'userName'])

    const run = runJson(['--now', '2026-04-10', '--fix', collection])
    const fixed = readFileSync(collection, 'utf8')
    expect(fixed).toBe(
      COLLECTION.replace('\\"userName\\": \\"{{user}}\\"', '\\"username\\": \\"{{user}}\\"')
        .replace('\\"orgId\\": \\"{{org}}\\"', '\\"organizationId\\": \\"{{org}}\\"')
        .replace('"key": "organizationId"', '"key": "orgId"'),
    )
    expect(run.stderr).toContain('item v3 with v2 names: "userName" -> "username"')
    expect(run.stderr).toContain('item v2 with a v3 name: "organizationId" -> "orgId"')
    // Left: the body that has both names (which value BILL should get is for a person to decide).
    expect(
      run.report.findings.filter((f) => f.ruleId === 'v3-login-v2-fields').map((f) => f.location.item),
    ).toEqual(['v3 with both names'])
  })

  it('renames top-level keys only, and never onto a name the body already has', () => {
    expect(renameJsonKey('{"a": {"userName": 1}, "userName": 2}', 'userName', 'username').text).toBe(
      '{"a": {"userName": 1}, "username": 2}',
    )
    expect(renameJsonKey('{"userName": 1, "username": 2}', 'userName', 'username')).toEqual({
      text: '{"userName": 1, "username": 2}',
      renamed: false,
    })
    expect(renameJsonKey('[{"userName": 1}]', 'userName', 'username').renamed).toBe(false)
  })
})
