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
