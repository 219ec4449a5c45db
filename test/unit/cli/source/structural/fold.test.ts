import { describe, expect, it } from 'vitest'
import { found, lines } from '../mfa-findings.ts'

// Issue 22, class 3 (endpoints built from constants, concatenation, format calls and joins) and class 7
// (another API's /v3/mfa/… on its own host is not BILL's).
const BOTH = ['3 mfa-challenge-backup-phone', '4 mfa-setup-secondary-phone']

describe('endpoints built from parts', () => {
  it('PHP: self::MFA . "/setup" with MFA = self::BASE . "/mfa"', () => {
    const php = lines(
      "<?php class M { private const BASE = 'https://gateway.stage.bill.com/connect/v3'; private const MFA = self::BASE . '/mfa';",
      '  function a() { $this->http->post(self::MFA . "/challenge", ["json" => ["useBackup" => true]]); }',
      "  function b() { $this->http->post(self::MFA . '/setup', ['json' => ['primary' => false]]); } }",
    )
    expect(found('M.php', php)).toEqual(['2 mfa-challenge-backup-phone', '3 mfa-setup-secondary-phone'])
  })

  it('Ruby: a constant plus a suffix, and an interpolation', () => {
    const rb = lines(
      'GATEWAY = "https://gateway.stage.bill.com/connect"; MFA_PATH = "/v3/mfa"',
      'def x; end',
      'def c(conn) conn.post("#{MFA_PATH}/challenge", { useBackup: true }.to_json) end',
      'def s(conn) conn.post(MFA_PATH + "/setup", { primary: false }.to_json) end',
    )
    expect(found('m.rb', rb)).toEqual(BOTH)
  })

  it('Python: str.format, f-strings and urljoin with an unknown base', () => {
    const py = lines(
      'import os; GATEWAY = os.environ["BILL_GATEWAY"]  # gateway.stage.bill.com',
      'MFA = "v3/mfa"',
      'def c(s): return s.post(urljoin(GATEWAY, MFA + "/challenge"), json={"useBackup": True})',
      'def p(s): return s.post("{}/{}/setup".format(GATEWAY, MFA), json={"primary": False})',
    )
    expect(found('m.py', py)).toEqual(BOTH)
  })

  it('Go and C#: Sprintf, path.Join and string.Format', () => {
    const go = lines(
      'package m; const gw = "https://gateway.stage.bill.com/connect"',
      'func x() {}',
      'func c() { post(fmt.Sprintf("%s/v3/mfa/%s", gw, "challenge"), map[string]any{"useBackup": true}) }',
      'func s() { post(gw+path.Join("/v3", "mfa", "setup"), map[string]any{"primary": false}) }',
    )
    expect(found('m.go', go)).toEqual(BOTH)
    const cs = lines(
      'static class R { public const string Mfa = "https://gateway.stage.bill.com/connect" + "/v3/mfa"; }',
      'class C {',
      '  Task A() => http.PostAsJsonAsync(string.Format("{0}/challenge", R.Mfa), new { useBackup = true });',
      '  Task B() => http.PostAsJsonAsync($"{R.Mfa}/setup", new { primary = false }); }',
    )
    expect(found('C.cs', cs)).toEqual(BOTH)
  })
})

describe('another API on its own host', () => {
  it('says nothing for an explicit host that is not BILL’s, and still reports BILL’s host beside it', () => {
    const ts = lines(
      "const ACME = 'https://auth.acme-identity.io' // next to our BILL devKey code",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      'export const a = () => fetch(`${ACME}/v3/mfa/challenge`, { body: JSON.stringify({ useBackup: true }) })',
      "export const b = () => fetch('https://auth.acme-identity.io/v3/mfa/setup', { body: JSON.stringify({ primary: false }) })",
      "export const c = () => fetch('https://gateway.stage.bill.com/connect/v3/mfa/challenge', { body: JSON.stringify({ useBackup: true }) })",
    )
    expect(found('a.ts', ts)).toEqual(['4 mfa-challenge-backup-phone'])
  })
})
