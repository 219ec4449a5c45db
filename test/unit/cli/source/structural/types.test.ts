import { describe, expect, it } from 'vitest'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'

// Issue 22, class 2 (values held by types, followed to the call that sends an instance) and class 7
// (a docstring that quotes a body is not a request).

describe('values held by types', () => {
  it('Python: a dataclass default and a pydantic alias go where their instances are sent', () => {
    const py = lines(
      `BASE = "${BILL_BASE}"`,
      '@dataclass',
      'class ChallengeBody:',
      '    useBackup: bool = True',
      'class SetupBody(BaseModel):',
      '    is_primary: bool = Field(False, alias="primary")',
      'class Prefs:',
      '    useBackup: bool = True',
      'def c(s): return s.post(f"{BASE}/v3/mfa/challenge", json=asdict(ChallengeBody()))',
      'def p(s): return s.post(f"{BASE}/v3/mfa/setup", json=SetupBody(phone="1").dict(by_alias=True))',
      'def v(s): return s.post(f"{BASE}/v3/vendors/1", json=asdict(Prefs()))',
    )
    expect(found('m.py', py)).toEqual(['4 mfa-challenge-backup-phone', '6 mfa-setup-secondary-phone'])
  })

  it('TypeScript: a class field serialised by JSON.stringify(new X())', () => {
    const ts = lines(
      'class ChallengeBody { useBackup = true }',
      'class VendorPrefs { useBackup = true }',
      `export const c = () => fetch('${BILL_BASE}/v3/mfa/challenge', { body: JSON.stringify(new ChallengeBody()) })`,
      `export const v = () => fetch('${BILL_BASE}/v3/vendors/1', { body: JSON.stringify(new VendorPrefs()) })`,
    )
    expect(found('b.ts', ts)).toEqual(['1 mfa-challenge-backup-phone'])
  })

  it('TypeScript: a constructor parameter property goes where the instances go, not nowhere', () => {
    const ts = lines(
      'class SetupBody { constructor(public phone: string, public primary = false) {} }',
      'class Contact { constructor(public primary = false) {} }',
      `export const s = () => fetch('${BILL_BASE}/v3/mfa/setup', { body: JSON.stringify(new SetupBody('1')) })`,
      `export const c = () => fetch('${BILL_BASE}/v3/mfa/setup/validate', { body: JSON.stringify(new Contact()) })`,
    )
    expect(found('p.ts', ts)).toEqual(['1 mfa-setup-secondary-phone'])
  })

  it('C#: a property default and a record built with a named argument', () => {
    const cs = lines(
      'public record MfaSetup(string Phone, bool Primary);',
      'public class ChallengeRequest { public bool UseBackup { get; set; } = true; }',
      'class S {',
      `  Task A() => http.PostAsJsonAsync("${BILL_BASE}/v3/mfa/setup", new MfaSetup(p, Primary: false));`,
      `  Task B() => http.PostAsJsonAsync("${BILL_BASE}/v3/mfa/challenge", new ChallengeRequest()); }`,
    )
    expect(found('S.cs', cs)).toEqual(['2 mfa-challenge-backup-phone', '4 mfa-setup-secondary-phone'])
  })
})

describe('docstrings', () => {
  it('a docstring quoting a body is silent; the body the function sends is still read', () => {
    const py = lines(
      '"""BILL used to accept {"useBackup": true} on /v3/mfa/challenge."""',
      'def send(s):',
      '    """Never {"useBackup": true}."""',
      `    return s.post("${BILL_BASE}/v3/mfa/challenge", data='{"useBackup": true}')`,
    )
    expect(found('d.py', py)).toEqual(['4 mfa-challenge-backup-phone'])
  })
})
