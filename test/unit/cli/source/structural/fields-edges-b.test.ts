// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { fieldUse, nameToken } from '../../../../../src/cli/source/structural/fields.ts'
import { fieldUses } from './field-uses.ts'
import { snippet } from './snippet.ts'

// fieldUse at its edges: which value texts are flags, run-time values or nothing, and which key shapes are
// not setters, not lists and not calls. Each row pins what is found AND what is left alone.
describe('fieldUse: value texts at the edge of a flag', () => {
  it.each([
    // A word that only ends or starts with true/false, null or a digit is a run-time value, not a literal.
    ['typescript', 'post({ useBackup: isTrue })', ['useBackup=? [useBackup: isTrue]']],
    ['typescript', 'post({ useBackup: falsey })', ['useBackup=? [useBackup: falsey]']],
    ['typescript', 'post({ primary: isNull })', ['primary=? [primary: isNull]']],
    ['typescript', 'post({ primary: nullable })', ['primary=? [primary: nullable]']],
    ['typescript', 'post({ primary: value1 })', ['primary=? [primary: value1]']],
    // A number of several digits is nothing of interest, as one digit is.
    ['typescript', 'post({ primary: 12, useBackup: 1.5 })', []],
    // A string that is not exactly true/false is nothing; nor is an empty one.
    ['typescript', "post({ primary: 'yes', useBackup: '' })", []],
    ['typescript', "post({ primary: 'istrue', useBackup: 'falsely' })", []],
    // Prefixed and triple-quoted strings holding a flag are that flag, the quotes left out of its span.
    ['python', "post(primary=r'true')", ['primary="true"@true [primary=r\'true\']']],
    ['python', "post(primary='''false''')", ["primary=\"false\"@false [primary='''false''']"]],
    ['csharp', 'var b = new { Primary = @"true" };', ['primary="true"@true [Primary = @"true"]']],
    // An interpolated string mixing text and a substitution is a run-time value.
    ['python', 'post(primary=f"x{y}")', ['primary=? [primary=f"x{y}"]']],
  ])('%s: %s', (language, text, expected) => {
    expect(fieldUses(language, text)).toEqual(expected)
  })
})

describe('fieldUse: a setter-like name that is not a setter', () => {
  it.each([
    // setPrimary names BILL's field only as a method called with one argument.
    ['typescript', 'post({ setPrimary: true })', []],
    ['typescript', 'class A { setPrimary = true }', []],
    ['typescript', "const f = [{ name: 'setPrimary', value: true }]", []],
    ['python', "foo('setPrimary', True)", []],
    ['typescript', 'post({ setPrimary })', []],
    ['typescript', 'b.setPrimary(true)', ['primary=true@true [Primary(true]']],
  ])('%s: %s', (language, text, expected) => {
    expect(fieldUses(language, text)).toEqual(expected)
  })
})

describe('fieldUse: key shapes that give no value', () => {
  it.each([
    // A string among a call's arguments names the next one (put('primary', True)); a bare name does not.
    ['python', "foo('primary', True)", ["primary=true@True [primary', True]"]],
    ['typescript', 'foo([primary, true])', []],
    ['typescript', "foo(['primary', true]); foo(primary, true)", []],
    // Constructing a type of that name is not calling a setter.
    ['typescript', 'new primary(x)', []],
    // A Kotlin argument that is only a name gives no value.
    ['kotlin', 'fun f() { g(primary) }', []],
    // A PHP list element that is only a name is an element, not a key.
    ['php', '<?php f([primary]);', []],
    // Ruby 3.1 omits a hash value named as its key: `primary:` passes the local `primary`.
    [
      'ruby',
      'post(primary:, useBackup: true)',
      ['primary=? [primary]', 'useBackup=true@true [useBackup: true]'],
    ],
    // The receiver of a call is not the name of a setter; a call without arguments sets nothing.
    ['ruby', 'primary.save(x)', []],
    ['ruby', 'b.primary', []],
    ['ruby', 'b.primary x', ['primary=? [primary x]']],
    // A Kotlin lambda stored in a variable is not a receiver block: its assignment is a local.
    ['kotlin', 'fun f() { val g = { useBackup = true } }', []],
    ['kotlin', 'fun f() { X().apply { useBackup = true } }', ['useBackup=true@true [useBackup = true]']],
  ])('%s: %s', (language, text, expected) => {
    expect(fieldUses(language, text)).toEqual(expected)
  })
})

describe('fieldUse: the use it returns', () => {
  const only = (language: string, text: string) => {
    const { root, grammar } = snippet(language, text)
    const strings = new Set(grammar.strings)
    const token = root.find({ rule: { any: [...grammar.names], regex: nameToken(['useBackup', 'primary']) } })
    if (!token) throw new Error('no name token')
    return fieldUse(token, strings)?.use
  }

  it('marks a run-time value as not literal and the use as structural', () => {
    expect(only('typescript', 'post({ useBackup: flag })')).toMatchObject({
      field: 'useBackup',
      value: { literal: false },
      analysis: 'structural',
    })
    expect(only('typescript', 'post({ useBackup: flag })')?.value).toEqual({ literal: false })
  })

  it('marks an interpolated string as not literal', () => {
    expect(only('typescript', 'post({ primary: `${x}` })')?.value).toEqual({ literal: false })
  })
})
