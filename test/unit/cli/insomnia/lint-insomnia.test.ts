import { describe, expect, it } from 'vitest'
import { lintInsomnia } from '../../../../src/cli/lint-insomnia.ts'

// Issue 22 class 5: Insomnia v4 exports, their environments and scripts.

const settings = { hosts: [], now: new Date('2026-04-10') }

const exported = (resources: unknown[]) => ({ _type: 'export', __export_format: 4, resources })
const request = (name: string, url: string, text: string, extra: object = {}) => ({
  _id: `req_${name}`,
  _type: 'request',
  parentId: 'fld_1',
  name,
  method: 'POST',
  url,
  body: { mimeType: 'application/json', text },
  headers: [],
  ...extra,
})
const folder = { _id: 'fld_1', _type: 'request_group', parentId: 'wrk_1', name: 'MFA' }
const env = (data: object) => ({ _id: 'env_1', _type: 'environment', parentId: 'wrk_1', data })

function lint(resources: unknown[]) {
  const doc = exported(resources)
  const text = JSON.stringify(doc, null, 2)
  const lines = text.split('\n')
  return lintInsomnia(doc, 'x.json', settings, text).findings.map((f) => [
    f.report.ruleId,
    f.report.location.item,
    (lines[(f.report.location.line ?? 0) - 1] ?? '').trim().slice(0, 40),
  ])
}

describe('Insomnia v4 exports (issue 22 class 5)', () => {
  it('resolves {{ _.name }} from the environment and points at the body text', () => {
    const base = env({ base: 'https://gateway.stage.bill.com/connect', flag: true })
    expect(
      lint([folder, base, request('C', '{{ _.base }}/v3/mfa/challenge', '{"useBackup": {{ _.flag }}}')]),
    ).toEqual([['mfa-challenge-backup-phone', 'MFA / C', '"text": "{\\"useBackup\\": {{ _.flag }}}"']])
    expect(
      lint([folder, base, request('V', '{{ _.base }}/v3/vendors', '{"useBackup": {{ _.flag }}}')]),
    ).toEqual([])
  })

  it('reads the request’s preRequestScript and warns on a field left to a variable', () => {
    const script = "insomnia.variables.set('b', JSON.stringify({ primary: false }));"
    const found = lint([
      folder,
      request('S', 'https://gateway.stage.bill.com/connect/v3/mfa/setup', '{{ _.b }}', {
        preRequestScript: script,
      }),
      request('R', 'https://gateway.stage.bill.com/connect/v3/mfa/setup', '{"primary": {{ _.p }}}'),
    ])
    expect(found.map((f) => f[0])).toEqual(['mfa-setup-secondary-phone', 'mfa-field-runtime-value'])
    expect(found[0]?.[2]).toContain('"preRequestScript"')
  })

  it('survives a parent loop and malformed resources', () => {
    const loop = { _id: 'fld_1', _type: 'request_group', parentId: 'fld_1', name: 'Loop' }
    const doc = exported([
      loop,
      null,
      7,
      request('C', 'https://gateway.stage.bill.com/connect/v3/mfa/challenge', '{"useBackup":true}'),
    ])
    expect(lintInsomnia(doc, 'x.json', settings).findings.map((f) => f.report.location.item)).toEqual([
      'Loop / C',
    ])
  })
})
