// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { fieldUses } from './field-uses.ts'

// fieldUse, one snippet per shape a field is written in: what it finds (field, value, the text of the use) and,
// as much, what it leaves alone (a local variable, a plain parameter's default, null, a number, a structure).
describe('fieldUse: a name token, its value and its span', () => {
  it.each([
    ['typescript', 'post({ useBackup: true })', ['useBackup=true@true [useBackup: true]']],
    [
      'typescript',
      'post({ primary: false, useBackup: flag })',
      ['primary=false@false [primary: false]', 'useBackup=? [useBackup: flag]'],
    ],
    ['typescript', "post({ 'useBackup': 'true' })", ["useBackup=\"true\"@true [useBackup': 'true']"]],
    ['typescript', 'post({ useBackup: `${x}` })', ['useBackup=? [useBackup: `${x}`]']],
    ['typescript', 'post({ useBackup: null, primary: 3, x: { primary: { host: 1 } } })', []],
    ['typescript', 'const useBackup = true; post({ useBackup })', ['useBackup=? [useBackup]']],
    ['typescript', 'req.useBackup = true', ['useBackup=true@true [useBackup = true]']],
    ['typescript', 'useBackup = true', []],
    ['typescript', "body['primary'] = false", ["primary=false@false [primary'] = false]"]],
    [
      'typescript',
      'b.setUseBackup(true); b.withPrimary(x); b.useBackup(true, 2)',
      ['useBackup=true@true [UseBackup(true]', 'primary=? [Primary(x]'],
    ],
    ['typescript', 'class A { useBackup = true }', ['useBackup=true@true [useBackup = true]']],
    [
      'typescript',
      'class A { constructor(public primary = false, useBackup = true) {} }',
      ['primary=false@false [primary = false] at class_body'],
    ],
    ['typescript', 'function f(useBackup = true) {}', []],
    [
      'typescript',
      "const fields = [{ name: 'primary', value: false }, { key: 'useBackup', value: 'true' }]",
      ["primary=false@false [primary', value: false]", "useBackup=\"true\"@true [useBackup', value: 'true']"],
    ],
    ['typescript', "const f = [{ value: true, name: 'primary' }]", ["primary=true@true [primary']"]],
    ['typescript', 'post({ use_backup: true })', ['useBackup=true@true [use_backup: true] loose']],
    ['typescript', 'post({ useBackup: (true) })', ['useBackup=true@true [useBackup: (true]']],
    ['typescript', 'post({ useBackup: TRUE })', ['useBackup=true@TRUE [useBackup: TRUE]']],
    ['python', "post(json={'useBackup': True})", ["useBackup=true@True [useBackup': True]"]],
    ['python', 'post(useBackup=True)', ['useBackup=true@True [useBackup=True]']],
    ['python', "body['primary'] = False", ["primary=false@False [primary'] = False]"]],
    ['python', 'primary = False', []],
    ['python', 'class B:\n    useBackup: bool = True', ['useBackup=true@True [useBackup: bool = True]']],
    [
      'python',
      "class S(BaseModel):\n    is_primary: bool = Field(False, alias='primary')\n    x: bool = Field(default=True, serialization_alias='useBackup')\n    y: bool = Field(alias='useBackup')",
      ["primary=false@False [primary']", "useBackup=true@True [useBackup']"],
    ],
    [
      'python',
      "post(json={'use_backup': None, 'primary': 'False'})",
      ["primary=\"False\"@False [primary': 'False']"],
    ],
    [
      'java',
      'm.put("primary", false); b.setUseBackup(true);',
      ['primary=false@false [primary", false]', 'useBackup=true@true [UseBackup(true]'],
    ],
    [
      'java',
      'class C { void f() { Map.of("useBackup", true, "primary", x); } }',
      ['useBackup=true@true [useBackup", true]', 'primary=? [primary", x]'],
    ],
    [
      'csharp',
      'var x = new { UseBackup = true, Primary = false };',
      ['useBackup=true@true [UseBackup = true]', 'primary=false@false [Primary = false]'],
    ],
    ['csharp', 'var r = new Req { Primary = false };', ['primary=false@false [Primary = false]']],
    [
      'csharp',
      'class R { public bool UseBackup { get; set; } = true; }',
      ['useBackup=true@true [UseBackup { get; set; } = true]'],
    ],
    [
      'go',
      'package m\nfunc f() { x := Body{UseBackup: true}; y := map[string]any{"primary": false} }',
      ['useBackup=true@true [UseBackup: true]', 'primary=false@false [primary": false]'],
    ],
    [
      'ruby',
      'post(body: { useBackup: true, :primary => false })',
      ['useBackup=true@true [useBackup: true]', 'primary=false@false [primary => false]'],
    ],
    [
      'php',
      "<?php post(['useBackup' => true]); $b->primary = false;",
      ["useBackup=true@true [useBackup' => true]", 'primary=false@false [primary = false]'],
    ],
    [
      'kotlin',
      'fun f() { val m = mapOf("primary" to false); X().apply { useBackup = true }; apply { primary = false } }',
      ['primary=false@false [primary" to false]', 'useBackup=true@true [useBackup = true]'],
    ],
    [
      'kotlin',
      'data class S(val primary: Boolean = false, val useBackup: Boolean)',
      ['primary=false@false [primary: Boolean = false]'],
    ],
    ['kotlin', 'fun f() { val primary = false }', []],
    [
      'kotlin',
      'class K { val primary: Boolean = false }',
      ['primary=false@false [primary: Boolean = false]'],
    ],
    [
      'swift',
      'struct S { var primary = false }\nlet d = ["useBackup": true]',
      ['primary=false@false [primary = false]', 'useBackup=true@true [useBackup": true]'],
    ],
    [
      'rust',
      'fn f() { let b = Body { use_backup: true, primary }; let j = json!({"primary": false}); }',
      [
        'useBackup=true@true [use_backup: true] loose',
        'primary=? [primary]',
        'primary=false@false [primary": false]',
      ],
    ],
  ] as [string, string, string[]][])('%s: %s', (language, text, uses) => {
    expect(fieldUses(language, text)).toEqual(uses)
  })
})
