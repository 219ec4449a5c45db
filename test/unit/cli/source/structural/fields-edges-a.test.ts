import { describe, expect, it } from 'vitest'
import { fieldWords, nameToken } from '../../../../../src/cli/source/structural/fields.ts'
import { fieldUses } from './field-uses.ts'

// fieldUse's edges on the first half of fields.ts: the name patterns, a wrapped value, member defaults,
// Pydantic aliases and name/value lists, each pinned on what it finds and what it must leave alone.
describe('the name patterns', () => {
  it('nameToken takes a name, quoted or as a symbol, and nothing that only contains it', () => {
    const token = new RegExp(nameToken(['primary']))
    for (const text of ['primary', '"primary"', ':primary', '$primary', "'primary':", 'withPrimary'])
      expect(token.test(text), text).toBe(true)
    for (const text of ['isprimary', 'primary_phone', 'useBackup', '"primary"x'])
      expect(token.test(text), text).toBe(false)
  })

  it('fieldWords is one case-blind alternation of each field’s word', () => {
    expect(fieldWords(['useBackup', 'primary'])).toBe('(?i)use_?backup|primary')
    expect(fieldWords(['primary'])).toBe('(?i)primary')
  })
})

describe('fieldUse: edges of values, members, aliases and lists', () => {
  it.each([
    // A bare name at the top of a file: its parent is the file itself, and it sets nothing.
    ['kotlin', 'primary', []],
    ['swift', 'primary', []],
    ['ruby', 'primary', []],
    // A parenthesised value with a comment is not one value: it is read as a run-time value.
    ['typescript', 'post({ primary: (true /* c */) })', ['primary=? [primary: (true /* c */)]']],
    // A field's default names another field: only the declared name is a use.
    ['typescript', 'class A { primary = useBackup }', ['primary=? [primary = useBackup]']],
    // A class declared in a method: its field stays at its own name, not the outer class's body.
    [
      'typescript',
      'class O { m() { class I { primary = false } } }',
      ['primary=false@false [primary = false]'],
    ],
    ['typescript', 'function f(public primary = false) {}', ['primary=false@false [primary = false]']],
    // Pydantic's alias: a string, in an `alias` or `serialization_alias` argument, with the default first.
    ['python', 'x = Field(False, alias=primary)', []],
    ['python', 'x = Field(False, my_alias="primary")', []],
    ['python', 'x = Field(False, alias_x="primary")', []],
    ['python', 'x = Field(False, title="primary")', []],
    ['python', 'x = Field(False, serialization_alias="primary")', ['primary=false@False [primary"]']],
    ['python', 'x = Field(not True, alias="primary")', ['primary=? [primary"]']],
    ['python', 'x = Field(default or True, alias="primary")', ['primary=? [primary"]']],
    ['python', 'x = Field(alias="primary", default=True)', ['primary=true@True [primary", default=True]']],
    // A comment between `default=` and its value is not the value.
    [
      'python',
      'x = Field(alias="primary", default=  # c\n    True)',
      ['primary=true@True [primary", default=  # c\n    True]'],
    ],
    // Only a string in an alias argument names the field: not one beside an `alias` variable.
    ['python', 'f(alias, "primary")', []],
    ['typescript', 'f(alias, "primary")', []],
    // Name/value lists: the name is a string, the last part of a `name`-like pair, the value in a `value` pair.
    ['typescript', 'f({ name: primary, value: true })', []],
    [
      'typescript',
      'f({ name: /*c*/ "primary", value: true })',
      ['primary=true@true [primary", value: true]'],
    ],
    ['typescript', 'f({ "primary": x, value: true })', ['primary=? [primary": x]']],
    ['typescript', 'f({ label: "primary", value: true })', []],
    ['typescript', 'f({ name: "primary", ...value })', []],
    ['typescript', 'f({ name: "primary", other: 1 })', []],
    [
      'typescript',
      'f({ name: "primary", value: /*c*/ true })',
      ['primary=true@true [primary", value: /*c*/ true]'],
    ],
    // Java and C# fields give their default in a declarator; a method's local of the same name is not a field.
    [
      'java',
      'class A { Boolean useBackup = true, primary = false; }',
      ['useBackup=true@true [useBackup = true]', 'primary=false@false [primary = false]'],
    ],
    ['java', 'class A { void m() { Boolean primary = false; } }', []],
    ['csharp', 'class A { public bool Primary = false; }', ['primary=false@false [Primary = false]']],
    ['csharp', 'class A { void M() { bool Primary = false; } }', []],
  ])('%s: %s', (language, text, expected) => {
    expect(fieldUses(language, text)).toEqual(expected)
  })
})
