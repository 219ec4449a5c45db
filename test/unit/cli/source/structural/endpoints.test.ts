// biome-ignore-all lint/suspicious/noTemplateCurlyInString: source code under test
import { describe, expect, it } from 'vitest'
import { EndpointIndex, functionName } from '../../../../../src/cli/source/structural/endpoints.ts'
import { resolved } from './endpoint-uses.ts'
import { snippet } from './snippet.ts'

const CHALLENGE = "const CHALLENGE = '/v3/mfa/challenge'"

describe('EndpointIndex: where a field use goes', () => {
  it('a file that names no endpoint: every use is the module’s, and any() says so', () => {
    const { root, grammar } = snippet('typescript', 'function f() { post({ useBackup: true }) }')
    const index = new EndpointIndex(root, grammar)
    expect(index.any()).toBe(false)
    expect(resolved('typescript', 'useBackup', 'function f() { post({ useBackup: true }) }')).toEqual([
      'module',
    ])
  })

  it('through a call to a function that sends to one; a function naming none stops; top level is the module’s', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        CHALLENGE,
        'function send(body) { return post(CHALLENGE, body) }',
        'function caller() { send({ useBackup: true }) }',
        'function plain() { log({ useBackup: true }) }',
        'const x = { useBackup: true }',
      ),
    ).toEqual([['challenge-v3'], 'function', 'module'])
  })

  it('the called function’s endpoint wins over another named around the call', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        CHALLENGE,
        'function send(body) { return post(CHALLENGE, body) }',
        "function caller() { return [send({ useBackup: true }), '/v3/vendors'] }",
      ),
    ).toEqual([['challenge-v3']])
  })

  it('the nearest enclosing node naming one decides, not the function’s other calls', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        'function f() {',
        "  post('/v3/mfa/challenge', { primary: true })",
        "  post('/v3/mfa/setup', { primary: false })",
        '}',
      ),
    ).toEqual([['challenge-v3'], ['setup']])
  })

  it('arrow functions take their declaration’s name, methods their own; calls are named by their last identifier', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        CHALLENGE,
        'const send = (b) => post(CHALLENGE, b)',
        "class Api { enrol(b) { return post('/v3/mfa/setup', b) } }",
        'function a() { send({ useBackup: true }) }',
        'function b() { this.api.enrol({ useBackup: true }) }',
      ),
    ).toEqual([['challenge-v3'], ['setup']])
  })

  it('functions of the same name in two classes send to both endpoints', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        "class A { send(b) { return post('/v3/mfa/challenge', b) } }",
        "class B { send(b) { return post('/v3/mfa/setup', b) } }",
        'function c(x) { x.send({ useBackup: true }) }',
      ),
    ).toEqual([['challenge-v3', 'setup']])
  })

  it('a call to a function that names nothing is looked past, to the call around it', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        'function wrap(x) { return x }',
        "function enrol() { post('/v3/mfa/setup', wrap({ primary: false })) }",
      ),
    ).toEqual([['setup']])
  })

  it('a comment in a function names the endpoint it calls, in any case', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        'function send(b) {',
        '  // POST /V3/MFA/CHALLENGE',
        '  return http(b)',
        '}',
        'function c() { send({ useBackup: true }) }',
      ),
    ).toEqual([['challenge-v3']])
  })

  it('a comment that mentions no endpoint does not count', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        CHALLENGE,
        'function send(b) {',
        '  // posts the body',
        '  return http(b)',
        '}',
        'function c() { send({ useBackup: true }) }',
      ),
    ).toEqual(['function'])
  })

  it('a local constant means its endpoint only in its own function', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "function a(b) { const url = '/v3/mfa/setup'; return post(url, b) }",
        'function c(url, b) { return post(url, b) }',
        'function d(u) { c(u, { primary: false }) }',
        'function e(u) { a({ primary: false }) }',
      ),
    ).toEqual(['function', ['setup']])
  })

  it('a constant whose name starts with `$` is found where it is used', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        "const $challenge = '/v3/mfa/challenge'",
        'function send(b) { return post($challenge, b) }',
        'function c() { send({ useBackup: true }) }',
      ),
    ).toEqual([['challenge-v3']])
  })

  it('a reference just after a function is not inside it', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "function send(b) { return post(b) }'/v3/mfa/setup'",
        'function c() { send({ primary: false }) }',
      ),
    ).toEqual(['function'])
  })

  it('a use answered once is answered the same for its neighbours (shared ancestors)', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        'function f() {',
        "  post('/v3/mfa/challenge', { a: { useBackup: true }, useBackup: false })",
        '  log({ useBackup: 1 })',
        '}',
        'const y = { useBackup: 2 }',
      ),
    ).toEqual([['challenge-v3'], ['challenge-v3'], ['challenge-v3'], 'module'])
  })

  it('a local constant used in a callback of its function', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "function f() { const url = '/v3/mfa/setup'; run(() => send(url, { primary: false })) }",
        "function g() { const url = '/v3/mfa/setup' }",
        'function h() { run(() => send(url, { primary: false })) }',
      ),
    ).toEqual([['setup'], 'function'])
  })

  it('follows at most 200 constants', () => {
    const many = Array.from(
      { length: 201 },
      (_, i) =>
        `function f${i}() { const u${i} = '/v3/mfa/setup'; run(() => send(u${i}, { primary: false })) }`,
    )
    expect(resolved('typescript', 'primary', ...many).slice(-2)).toEqual([['setup'], 'function'])
  })
})

describe('functionName', () => {
  const fn = (language: string, text: string) => {
    const { root, grammar } = snippet(language, text)
    const found = root.find({ rule: { any: grammar.functions.map((kind) => ({ kind })) } })
    if (!found) throw new Error('no function')
    return functionName(found)
  }

  it.each([
    ['typescript', 'function send(b) {}', 'send'],
    ['typescript', 'const post = (b) => b', 'post'],
    ['typescript', 'const api = { call: function (b) {} }', 'call'],
    ['typescript', "const api = { 'quoted': (b) => b }", 'quoted'],
    ['typescript', 'run(() => 1)', undefined],
    ['python', 'def enrol(s):\n    pass', 'enrol'],
    ['kotlin', 'fun setup(b: Body) {}', 'setup'],
    ['ruby', 'def challenge(conn)\nend', 'challenge'],
  ])('%s %j is %j', (language, text, name) => {
    expect(fn(language, text)).toBe(name)
  })
})
