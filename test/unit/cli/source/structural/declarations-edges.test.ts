import { describe, expect, it } from 'vitest'
import { declaredName, declaredValue } from '../../../../../src/cli/source/structural/declarations.ts'
import { snippet } from './snippet.ts'

const declaration = (language: string, text: string, kind: string) => {
  const found = snippet(language, text).root.find({ rule: { kind } })
  if (!found) throw new Error(`no ${kind} in ${text}`)
  return found
}

describe('declaredName and declaredValue: comments are neither name nor value', () => {
  it.each([
    ['kotlin', 'val /* c */ BASE = "/v3/mfa"', 'property_declaration', 'BASE', '"/v3/mfa"'],
    ['rust', 'fn f() { let /* c */ base = "/v3/mfa"; }', 'let_declaration', 'base', '"/v3/mfa"'],
    ['rust', 'fn f() { let mut /* c */ base = "/v3/mfa" /* d */; }', 'let_declaration', 'base', '"/v3/mfa"'],
  ])('%s %j', (language, text, kind, name, value) => {
    const decl = declaration(language, text, kind)
    expect(declaredName(decl)?.text()).toBe(name)
    expect(declaredValue(decl)?.text()).toBe(value)
  })

  it('a Rust let-else gives the expression it matches, not its else block', () => {
    const decl = declaration('rust', 'fn f() { let Some(x) = found else { return }; }', 'let_declaration')
    expect(declaredName(decl)?.text()).toBe('Some(x)')
    expect(declaredValue(decl)?.text()).toBe('found')
  })
})
