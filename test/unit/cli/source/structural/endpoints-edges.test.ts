import { describe, expect, it } from 'vitest'
import { foldedAddresses } from '../../../../../src/cli/source/structural/addresses.ts'
import { EndpointIndex } from '../../../../../src/cli/source/structural/endpoints.ts'
import { work } from '../../../../../src/cli/source/work.ts'
import { lines } from '../mfa-findings.ts'
import { resolved } from './endpoint-uses.ts'
import { snippet } from './snippet.ts'

// The edges of endpoints.ts that the first mutation run showed untested (docs/testing.md, fifth round).

const CHALLENGE = "const CHALLENGE = '/v3/mfa/challenge'"

describe('EndpointIndex: edges', () => {
  it('any() is true once the file names an endpoint; the root itself is the module’s', () => {
    const { root, grammar } = snippet('typescript', "post('/v3/mfa/setup', { primary: false })")
    const index = new EndpointIndex(root, grammar)
    expect(index.any()).toBe(true)
    expect(index.resolve(root)).toBe('module')
  })

  it('every reference of a kind counts, not only the last one written', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "function a(b) { post('/v3/mfa/setup', b) }",
        "function z(b) { post('/v3/mfa/setup', b) }",
        'function c() { a({ primary: false }) }',
      ),
    ).toEqual([['setup']])
  })

  it('references are searched in the order they are written, whatever found them (a comment after a string)', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        "function a(b) { post('/v3/mfa/challenge', b) }",
        'function z(b) {',
        '  // POST /v3/mfa/challenge',
        '  http(b)',
        '}',
        'function c() { a({ useBackup: true }) }',
      ),
    ).toEqual([['challenge-v3']])
  })

  it('a sentence or another API’s URL in a string is no reference to BILL’s endpoint', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "function f() { log('then call /v3/mfa/setup', { primary: false }) }",
        "function g() { post('https://auth.acme.io/v3/mfa/setup', { primary: false }) }",
      ),
    ).toEqual(['function', ['other']])
  })

  it('a function in a list is not named after the list’s first item', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        CHALLENGE,
        'const routes = [handler, (b) => post(CHALLENGE, b)]',
        'function c() { handler({ useBackup: true }) }',
      ),
    ).toEqual(['function'])
  })

  it('a callee with no name of its own (a call of a call) stops nothing', () => {
    expect(
      resolved(
        'typescript',
        'useBackup',
        CHALLENGE,
        'function send(b) { return post(CHALLENGE, b) }',
        'function c() { sender()({ useBackup: true }) }',
      ),
    ).toEqual(['function'])
  })

  it('a local constant whose name starts with `$`, used in a callback of its function', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "function f() { const $u = '/v3/mfa/setup'; run(() => send($u, { primary: false })) }",
      ),
    ).toEqual([['setup']])
  })

  it('a local constant’s name before its function, or right after it, is outside it', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        'function h() { run(() => send(url, { primary: false })) }',
        "function g() { const url = '/v3/mfa/setup' }url({ primary: false })",
      ),
    ).toEqual(['function', 'module'])
  })

  it('a reference that starts the node around a use (an object keyed by a path) is inside it', () => {
    expect(
      resolved(
        'typescript',
        'primary',
        "const routes = { '/v3/mfa/setup': { primary: false }, '/v3/vendors': { primary: false } }",
      ),
    ).toEqual([['setup'], ['other']])
  })

  it('counts one step per function it reads, beside the folding', () => {
    const { root, grammar } = snippet(
      'typescript',
      lines(CHALLENGE, 'function a() {}', 'const b = () => 1', 'function c() { post(CHALLENGE) }'),
    )
    work.steps = 0
    foldedAddresses(root, grammar)
    const folding = work.steps
    work.steps = 0
    new EndpointIndex(root, grammar)
    expect(work.steps - folding).toBe(3)
  })
})
