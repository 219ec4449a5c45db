import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { declaredValue } from '../../../../../src/cli/source/structural/declarations.ts'
import { BILL_BASE, found, lines } from '../mfa-findings.ts'
import { fieldUses } from './field-uses.ts'
import { snippet } from './snippet.ts'

// A Python annotation (`primary: bool`) names a type, never a value: a dataclass field without a default
// is no run-time value sent to BILL, while `primary: bool = False` still is the literal false.
describe('Python type annotations are never values', () => {
  it('a dataclass sent to /v3/mfa/setup: the typed field is no finding, the literal beside it is', () => {
    const py = lines(
      'import requests',
      'from dataclasses import dataclass, asdict',
      '',
      `MFA_SETUP = "${BILL_BASE}/v3/mfa/setup"`,
      '',
      '@dataclass',
      'class PhoneSetup:',
      '    phone: str',
      '    primary: bool',
      '    useBackup: bool = False',
      '',
      'def add_phone(session: requests.Session, phone: str, primary: bool = False) -> dict:',
      '    body: dict = {"phone": phone, "primary": True}',
      '    return session.post(MFA_SETUP, json=asdict(PhoneSetup(phone, primary))).json()',
    )
    expect(found('client.py', py)).toEqual(['13 mfa-optional-field'])
  })

  it('a typed field whose default IS False is still found', () => {
    const py = lines(
      'import requests',
      `MFA_SETUP = "${BILL_BASE}/v3/mfa/setup"`,
      'class PhoneSetup:',
      '    phone: str',
      '    primary: bool = False',
      'def add_phone(session, body: PhoneSetup):',
      '    return session.post(MFA_SETUP, json=body.__dict__)',
    )
    expect(found('client.py', py)).toEqual(['5 mfa-setup-secondary-phone'])
  })

  it.each([
    [
      'class B:\n    primary: bool\n    useBackup: bool = False',
      ['useBackup=false@False [useBackup: bool = False]'],
    ],
    ['@dataclass\nclass B:\n    primary: "bool"\n    useBackup: Optional[bool]', []],
    [
      'def f(primary: bool = False, useBackup: bool = True):\n    return post(json={"primary": primary})',
      ['primary=? [primary": primary]'],
    ],
  ])('fieldUse on %j', (text, expected) => {
    expect(fieldUses('python', text)).toEqual(expected)
  })

  it('any annotation alone gives no use; the same annotation with a literal gives exactly that literal', () => {
    const type = fc.constantFrom('bool', 'int', '"bool"', 'Optional[bool]', 'bool | None', 'typing.Any', 'c')
    const field = fc.constantFrom('primary', 'useBackup')
    fc.assert(
      fc.property(field, type, fc.boolean(), (name, annotation, value) => {
        const literal = value ? 'True' : 'False'
        expect(fieldUses('python', `class B:\n    ${name}: ${annotation}`)).toEqual([])
        expect(fieldUses('python', `class B:\n    ${name}: ${annotation} = ${literal}`)).toEqual([
          `${name}=${value}@${literal} [${name}: ${annotation} = ${literal}]`,
        ])
      }),
      { numRuns: 40 },
    )
  })

  it('a module constant declared with only a type has no value (`MFA_PATH: str`)', () => {
    const { root } = snippet('python', 'MFA_PATH: str\nBASE: str = "/v3"')
    const values = root.findAll({ rule: { kind: 'assignment' } }).map((d) => declaredValue(d)?.text())
    expect(values).toEqual([undefined, '"/v3"'])
  })

  it.each([
    ['typescript', 'class A { primary: boolean; useBackup?: boolean }\ninterface B { primary: boolean }'],
    ['go', 'package m\ntype S struct {\n  Primary bool `json:"primary"`\n  UseBackup *bool\n}'],
    ['rust', 'struct S { primary: bool, use_backup: Option<bool> }'],
    [
      'kotlin',
      'data class S(val primary: Boolean, val useBackup: Boolean?)\nclass T { var primary: Boolean }',
    ],
    ['swift', 'struct S { var primary: Bool\n let useBackup: Bool? }'],
    ['csharp', 'class S { public bool Primary { get; set; } public bool? UseBackup; }'],
    ['php', '<?php class S { public bool $primary; public ?bool $useBackup; }'],
    ['java', 'class S { private boolean primary; Boolean useBackup; }'],
    ['python', 'class S(TypedDict):\n    primary: bool\n    useBackup: NotRequired[bool]'],
  ])('in %s too, a declared type alone is no value', (language, text) => {
    expect(fieldUses(language, text)).toEqual([])
  })
})
