import { describe, expect, it } from 'vitest'
import { found, lines } from '../mfa-findings.ts'

// Issue 22, class 1: a body goes where the call that sends it goes, not to the nearest MFA call.

describe('bodies held in a local variable', () => {
  it('TypeScript: a bank account body sent to /v3/vendors is not the /v3/mfa/setup body', () => {
    const ts = lines(
      "const BASE = 'https://gateway.stage.bill.com/connect'",
      'export async function onboard(id: string, phone: string) {',
      "  const account = { accountNumber: '1', primary: false }",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      '  await send(`${BASE}/v3/vendors/${id}/bank-account`, account)',
      "  const enrol = { phone, type: 'SMS', primary: false }",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      '  await send(`${BASE}/v3/mfa/setup`, JSON.stringify(enrol))',
      '}',
    )
    expect(found('a.ts', ts)).toEqual(['5 mfa-setup-secondary-phone'])
  })

  it('Java: a map filled with put() goes where the map is posted', () => {
    const java = lines(
      'class C { static final String BASE = "https://gateway.stage.bill.com/connect";',
      '  void s(String id) {',
      '    Map<String, Object> contact = new HashMap<>(); contact.put("primary", false);',
      '    http.post(BASE + "/v3/vendors/" + id + "/contacts", contact);',
      '    Map<String, Object> setup = new HashMap<>(); setup.put("primary", false);',
      '    http.post(BASE + "/v3/mfa/setup", setup); } }',
    )
    expect(found('C.java', java)).toEqual(['5 mfa-setup-secondary-phone'])
  })

  it('Python: an index assignment follows its dict to the request that sends it', () => {
    const py = lines(
      'BASE = "https://gateway.stage.bill.com/connect"',
      'def onboard(s, vendor_id):',
      '    bank = {"accountNumber": "1"}',
      '    bank["primary"] = False',
      '    s.post(f"{BASE}/v3/vendors/{vendor_id}/bank-account", json=bank)',
      '    setup = {"phone": "1"}',
      '    setup["primary"] = False',
      '    s.post(f"{BASE}/v3/mfa/setup", json=setup)',
    )
    expect(found('a.py', py)).toEqual(['7 mfa-setup-secondary-phone'])
  })

  it('a variable never sent keeps the function’s endpoint (nothing else says where it goes)', () => {
    const py = lines(
      'def enrol(s):',
      '    setup = {"primary": False}',
      '    log(setup)',
      '    return s.post("https://gateway.stage.bill.com/connect/v3/mfa/setup", json=build())',
    )
    expect(found('b.py', py)).toEqual(['2 mfa-setup-secondary-phone'])
  })
})

describe('how a local is filled, and which of its names are sends', () => {
  const TS_BASE = "const BASE = 'https://gateway.stage.bill.com/connect'"
  /** A function that fills `body` one way, sends it to /v3/vendors and something else to /v3/mfa/setup. */
  const ts = (...fill: string[]) =>
    lines(
      TS_BASE,
      'export async function f(id) {',
      ...fill,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      '  await send(`${BASE}/v3/vendors/${id}`, body)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      '  await send(`${BASE}/v3/mfa/setup`, other)',
      '}',
    )

  it.each([
    ['a member assignment', ['  const body = {}', '  body.primary = false']],
    ['an index assignment', ['  const body = {}', "  body['primary'] = false"]],
    ['a filling call', ['  const body = new Map()', "  body.set('primary', false)"]],
    ['a serialised value', ['  const body = JSON.stringify({ primary: false })']],
    ['a reassignment', ['  let body = { primary: true }', '  body = { primary: false }']],
  ])('%s goes where the variable is sent', (_how, fill) => {
    expect(found('a.ts', ts(...fill))).toEqual([])
  })

  it('the same body sent to /v3/mfa/setup is reported (the other direction)', () => {
    const sent = ts('  const body = JSON.stringify({ primary: false })').replace(
      'setup`, other',
      'setup`, body',
    )
    expect(found('a.ts', sent)).toEqual(['3 mfa-setup-secondary-phone'])
  })

  it('a module-level variable is no local of the function', () => {
    const text = ts().replace(
      'export async function',
      'const body = { primary: false }\nexport async function',
    )
    expect(found('a.ts', text)).toEqual([])
  })

  it('Python update(), Go :=, PHP arrays and ->set() fill the variable that is sent', () => {
    const py = lines(
      'BASE = "https://gateway.stage.bill.com/connect"',
      'def f(s):',
      '    bank = {}',
      '    bank.update({"primary": False})',
      '    s.post(f"{BASE}/v3/vendors/1", json=bank)',
      '    s.post(f"{BASE}/v3/mfa/setup", json=other)',
    )
    expect(found('a.py', py)).toEqual([])
    const go = lines(
      'package m',
      'const base = "https://gateway.stage.bill.com/connect"',
      'func f() {',
      '  bank := map[string]any{"primary": false}',
      '  post(base+"/v3/vendors/1", bank)',
      '  post(base+"/v3/mfa/setup", other)',
      '}',
    )
    expect(found('a.go', go)).toEqual([])
    const php = (fill: string) =>
      lines(
        '<?php',
        'function f($http) {',
        fill,
        "  $http->post('https://gateway.stage.bill.com/connect/v3/vendors/1', $body);",
        "  $http->post('https://gateway.stage.bill.com/connect/v3/mfa/setup', $other);",
        '}',
      )
    expect(found('a.php', php("  $body = ['primary' => false];"))).toEqual([])
    expect(found('a.php', php("  $body = new Body(); $body->set('primary', false);"))).toEqual([])
  })

  it('a body built in a function of the function is not a local of the outer one', () => {
    const text = lines(
      TS_BASE,
      'export async function f(id) {',
      '  const make = () => ({ useBackup: true })',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      '  await send(`${BASE}/v3/vendors/${id}`, make)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code under test
      '  await send(`${BASE}/v3/mfa/challenge`, make())',
      '}',
    )
    expect(found('a.ts', text)).toEqual(['3 mfa-challenge-backup-phone'])
  })
})
