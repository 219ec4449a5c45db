import { describe, expect, it } from 'vitest'
import { scanSource as scan } from '../../../../src/cli/source/index.ts'

// The text matcher, as used for languages that are not parsed (an Elixir file here).
const AFTER = '2026-04-01'
const scanSource = (text: string, now: string) =>
  scan({ path: 'client.ex', text }, { now: new Date(now) }).findings.map((finding) => ({
    finding,
    line: finding.line,
    column: finding.column,
  }))
const hits = (text: string) =>
  scanSource(text, AFTER).map(
    (h) => `${h.line}:${h.column} ${h.finding.ruleId} ${JSON.stringify(h.finding.value)}`,
  )
// BILL context for the gate, on line 1 of every sample.
const BILL = '# https://gateway.stage.bill.com/connect/v3/mfa/challenge'

describe('source scanning', () => {
  it('finds useBackup set to true in the usual syntaxes, at the name’s column', () => {
    const cases: [string, unknown][] = [
      ['x = { useBackup: true }', true],
      ['{"useBackup": "true"}', 'true'],
      ["{'useBackup': True}", true],
      ['curl -d useBackup=true', true],
      ["['useBackup' => TRUE]", true],
      ['{ :useBackup => true }', true],
      ['useBackup := true', true],
      ['new Req { UseBackup = true }', true],
      ['Req{UseBackup: true}', true],
      ['req.setUseBackup(true);', true],
      ['builder.useBackup(true)', true],
      ['"{\\"useBackup\\":true}"', true],
      ['data=%7B%22useBackup%22%3Atrue%7D', true],
    ]
    for (const [line, value] of cases) {
      const found = scanSource(`${BILL}\n${line}`, AFTER)
      expect(
        found.map((f) => f.finding.ruleId),
        line,
      ).toEqual(['mfa-challenge-backup-phone'])
      expect(found[0]?.finding.value, line).toEqual(value)
      expect(found[0]?.line).toBe(2)
      expect(line.slice((found[0]?.column ?? 0) - 1).toLowerCase(), line).toMatch(/^usebackup/)
    }
  })

  it('ignores comparisons and names that are not BILL’s', () => {
    const text = [
      BILL,
      'if (useBackup === true) {}',
      'if (useBackup == true) {}',
      'usebackup = true',
      'USEBACKUP = true',
      'use_backup=True',
      'myuseBackup: true',
      'useBackupPhone: true',
      'useBackup: trueish',
    ].join('\n')
    expect(hits(text)).toEqual([])
  })

  it('reports useBackup false anywhere as optional (info)', () => {
    expect(
      scanSource(`${BILL}\nconst body = { useBackup: false }`, AFTER).map((h) => h.finding.severity),
    ).toEqual(['info'])
  })

  it('reports primary only within 15 lines of an mfa/setup reference (not /validate)', () => {
    const near = ['post("/v3/mfa/setup", {', ...Array(14).fill(''), '  primary: false })'].join('\n')
    expect(hits(near)).toEqual(['16:3 mfa-setup-secondary-phone false'])
    const far = ['post("/v3/mfa/setup", {})', ...Array(15).fill(''), 'primary: false'].join('\n')
    expect(hits(far)).toEqual([])
    const before = ['primary: "TRUE",', 'url = base + "/v3/mfa/setup"'].join('\n')
    expect(hits(before)).toEqual(['1:1 mfa-optional-field "TRUE"'])
    expect(hits('post("/v3/mfa/setup/validate", { primary: false })')).toEqual([])
  })

  it('reports the shut-down host and credentials in BILL URLs only', () => {
    const line = 'get("https://api-sandbox.bill.com/api/v2/Login.json?x=1&sessionId=" + s)'
    expect(hits(line)).toEqual([
      `1:${line.indexOf('api-sandbox') + 1} sunset-host undefined`,
      `1:${line.indexOf('sessionId') + 1} credentials-in-query undefined`,
    ])
    expect(hits('get("https://example.com/login?password=" + p)')).toEqual([])
  })

  it('dates the severity', () => {
    expect(scanSource(`${BILL}\nuseBackup: true`, '2026-03-29')[0]?.finding.severity).toBe('warning')
    expect(scanSource(`${BILL}\nuseBackup: true`, '2026-03-30')[0]?.finding.severity).toBe('error')
  })
})
