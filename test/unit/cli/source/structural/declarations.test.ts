import type { SgNode } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import { argumentList, calleeText } from '../../../../../src/cli/source/structural/calls.ts'
import {
  declaredName,
  declaredValue,
  ownName,
} from '../../../../../src/cli/source/structural/declarations.ts'
import { CALLS, DECLARATIONS } from '../../../../../src/cli/source/structural/kinds.ts'
import { snippet } from './snippet.ts'

const all = (n: SgNode): SgNode[] => [n, ...n.children().flatMap(all)]
const ofKinds = (language: string, text: string, kinds: ReadonlySet<string>) =>
  all(snippet(language, text).root).filter((n) => kinds.has(n.kind().toString()))

describe('declaredName and declaredValue: name first, value last, a type is no value', () => {
  it.each([
    ['typescript', "const a = 'x', b: string = 'y', c: number", ["a = 'x'", "b = 'y'", 'c']],
    ['typescript', 'class K { f = 1; g: boolean; }', ['f = 1', 'g']],
    ['go', 'package m\nconst gw = "g"\nvar v int\nfunc f() { x := 1 }', ['gw = "g"', 'v', 'x = 1']],
    [
      'kotlin',
      'const val BASE = "b"\nval x: Boolean\nclass C { private var y = 2 }',
      ['BASE = "b"', 'x', 'y = 2'],
    ],
    [
      'swift',
      'let base = "b"\nvar z: Bool\nstruct S { var primary = false }',
      ['base = "b"', 'z', 'primary = false'],
    ],
    [
      'rust',
      'const BASE: &str = "b";\nfn f() { let mut body = 1; let t: bool; }',
      ['BASE = "b"', 'body = 1', 't'],
    ],
    [
      'csharp',
      'class R { public const string Mfa = "m"; bool P { get; init; } int Q = 3; }',
      ['Mfa = "m"', 'P', 'Q = 3'],
    ],
    ['php', "<?php class M { const BASE = 'b'; } $x = ['k' => 1];", ["BASE = 'b'", "$x = ['k' => 1]"]],
    ['ruby', 'MFA = "m"\nh = { a: 1 }', ['MFA = "m"', 'h = { a: 1 }', 'a = 1']],
  ])('%s: %j', (language, text, expected) => {
    const got = ofKinds(language, text, DECLARATIONS).map((d) => {
      const value = declaredValue(d)?.text()
      return value === undefined ? declaredName(d)?.text() : `${declaredName(d)?.text()} = ${value}`
    })
    expect(got).toEqual(expected)
  })
})

describe('ownName', () => {
  it.each([
    ['typescript', 'function send() {}', 'function_declaration', 'send'],
    ['typescript', 'class Body {}', 'class_declaration', 'Body'],
    ['kotlin', 'class Setup(val primary: Boolean)', 'class_declaration', 'Setup'],
    ['kotlin', 'fun enrol() {}', 'function_declaration', 'enrol'],
    ['typescript', 'const f = () => 1', 'arrow_function', undefined],
  ])('%s %j: %j', (language, text, kind, name) => {
    const [node] = ofKinds(language, text, new Set([kind]))
    expect(node && ownName(node)?.text()).toBe(name)
  })
})

describe('argumentList and calleeText', () => {
  it.each([
    ['typescript', 'post(a, b); x.y.z(); tag`t`', ['post | 1 (a, b)', 'x.y.z | 1 ()', ' | none']],
    [
      'kotlin',
      'fun f() { post(a) { b }; run { c }; g() }',
      [' | none', 'post | 1 (a)', ' | none', 'g | 1 ()'],
    ],
    ['swift', 'func f() { post(a); run { c } }', ['post | 1 (a)', ' | none']],
    ['python', 'f(a)\nx.y(b=1)', ['f | 1 (a)', 'x.y | 1 (b=1)']],
    ['java', 'class C { void f() { a.b(1); new D(2); } }', ['a.b | 2 (1)', 'new D | 1 (2)']],
  ])('%s: %j', (language, text, expected) => {
    const got = ofKinds(language, text, CALLS).map((c) => {
      const args = argumentList(c)
      return `${calleeText(c)} | ${args ? `${args.at} ${args.list.text()}` : 'none'}`
    })
    expect(got).toEqual(expected)
  })
})
