import { describe, expect, it } from 'vitest'
import type { Call } from '../../../../../src/shared/rules/sequence/call.ts'
import { devKeyKey, Sessions, userOrgKey } from '../../../../../src/shared/rules/sequence/sessions.ts'

// Only the fields Sessions and the keys read.
const call = (c: Partial<Call>) => c as Call

describe('Sessions', () => {
  it('learns who a session is from the sign-in that opened it', () => {
    const s = new Sessions()
    s.learn(call({ signIn: { user: 'u', org: 'o', remembered: false, sessionId: 'S1' } }))
    s.learn(call({ signIn: { user: 'v', remembered: true, sessionId: 'S2' } }))
    s.learn(call({ signIn: { org: 'p', remembered: false, sessionId: 'S3' } }))
    s.learn(call({ signIn: { remembered: false, sessionId: 'S4' } }))
    expect(s.who(call({ sessionId: 'S1' }))).toStrictEqual({ user: 'u', org: 'o' })
    expect(s.who(call({ sessionId: 'S2' }))).toStrictEqual({ user: 'v' })
    expect(s.who(call({ sessionId: 'S3' }))).toStrictEqual({ org: 'p' })
    expect(s.who(call({ sessionId: 'S4' }))).toStrictEqual({})
  })

  it('learns nothing from a sign-in without a session, nor from other calls', () => {
    const s = new Sessions()
    s.learn(call({ signIn: { user: 'u', remembered: false } }))
    s.learn(call({ sessionId: 'S1' }))
    expect(s.who(call({ sessionId: 'S1' }))).toStrictEqual({})
    expect(s.who(call({}))).toStrictEqual({})
  })

  it('a sign-in is its own answer to who it is', () => {
    const signIn = { user: 'w', remembered: false }
    expect(new Sessions().who(call({ signIn, sessionId: 'S1' }))).toBe(signIn)
  })
})

describe('keys', () => {
  it('names the developer key, or "?" without one', () => {
    expect(devKeyKey(call({ devKey: 'K' }))).toBe('key:K')
    expect(devKeyKey(call({}))).toBe('key:?')
  })

  it('keys a call by user and organization, else its session, else its developer key', () => {
    expect(userOrgKey(call({ sessionId: 'S' }), { user: 'u', org: 'o' })).toBe('user:u org:o')
    expect(userOrgKey(call({ sessionId: 'S' }), { user: 'u' })).toBe('user:u org:?')
    expect(userOrgKey(call({ sessionId: 'S' }), { org: 'o' })).toBe('user:? org:o')
    expect(userOrgKey(call({ sessionId: 'S', devKey: 'K' }), {})).toBe('session:S')
    expect(userOrgKey(call({ devKey: 'K' }), {})).toBe('key:K')
  })
})
