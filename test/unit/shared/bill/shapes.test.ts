import { expect, it } from 'vitest'
import { anyRecord, isRecord, record } from '../../../../src/shared/bill/shapes.ts'

// A parsed answer has the fields we read, of the right type, or it is not BILL's.

const login = record({ sessionId: 'string', trusted: 'boolean?', userId: 'string?' })

it('keeps the fields asked for and drops the others', () => {
  expect(login({ sessionId: 's', trusted: true, userId: 'u', extra: 1 })).toEqual({
    sessionId: 's',
    trusted: true,
    userId: 'u',
  })
})

it('an optional field may be missing or null, and is then left out', () => {
  const read = login({ sessionId: 's', trusted: null })
  expect(read).toEqual({ sessionId: 's' })
  expect(read).not.toHaveProperty('trusted')
})

it('a required field missing or null, or any field of the wrong type, is no answer', () => {
  expect(login({})).toBeUndefined()
  expect(login({ sessionId: null })).toBeUndefined()
  expect(login({ sessionId: 1 })).toBeUndefined()
  expect(login({ sessionId: 's', trusted: 'true' })).toBeUndefined()
  expect(record({ ok: 'boolean' })({ ok: 'yes' })).toBeUndefined()
  expect(record({ ok: 'boolean' })({ ok: false })).toEqual({ ok: false })
})

it('only an object is a record', () => {
  for (const v of [null, undefined, 'x', 1, [], [{ sessionId: 's' }]]) {
    expect(isRecord(v)).toBe(false)
    expect(login(v)).toBeUndefined()
    expect(anyRecord(v)).toBeUndefined()
  }
  expect(isRecord({})).toBe(true)
  const any = { a: 1 }
  expect(anyRecord(any)).toBe(any)
})
