import { describe, expect, it, vi } from 'vitest'
import { createRouter, type Handlers, isOwnPage, toAppError } from '../../../src/background/router.ts'
import { appError, PROTOCOL_SOURCE } from '../../../src/shared/protocol/index.ts'

// The router's edges: who may call, what counts as a handler, what reaches the handler, and every kind of
// thrown value turned into one AppError. (The ordinary paths are in protocol-router.test.ts.)

const opts = { extensionId: 'abc', extensionBaseUrl: 'chrome-extension://abc/' }
const ownPage = { id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' }
const only = (h: Partial<Handlers> | Record<string, unknown>) => h as Handlers
const msg = (name: string, extra: Record<string, unknown> = {}) => ({
  source: PROTOCOL_SOURCE,
  name,
  ...extra,
})

describe('who may call the background', () => {
  it('needs this extension’s id even on a page of its origin', () => {
    expect(isOwnPage({ id: 'other', url: 'chrome-extension://abc/page.html' }, opts)).toBe(false)
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/page.html' }, opts)).toBe(true)
  })

  it('reads the origin when a sender has no URL, and refuses a sender with neither or a broken one', () => {
    expect(isOwnPage({ id: 'abc', origin: 'chrome-extension://abc' }, opts)).toBe(true)
    expect(isOwnPage({ id: 'abc', origin: 'https://evil.example' }, opts)).toBe(false)
    expect(isOwnPage({ id: 'abc' }, opts)).toBe(false)
    expect(isOwnPage({ id: 'abc', url: 'not a url' }, opts)).toBe(false)
  })
})

describe('dispatch', () => {
  it('refuses an own property that is not a handler, without calling it', async () => {
    const route = createRouter(only({ ping: 'not a function' }), opts)
    const reply = await route(msg('ping'), ownPage)
    expect(reply).toMatchObject({ ok: false, error: { kind: 'unknown-request' } })
    if (reply && !reply.ok) expect(reply.error.message).toContain('“ping”')
  })

  it('hands the handler the sender and a string request id, and nothing for any other id', async () => {
    const seen: unknown[] = []
    const route = createRouter(
      only({
        ping: (_p: unknown, ctx: unknown) => {
          seen.push(ctx)
          return 'pong'
        },
      }),
      opts,
    )
    await route(msg('ping', { requestId: 'r-1' }), ownPage)
    await route(msg('ping', { requestId: 42 }), ownPage)
    await route(msg('ping', { requestId: '' }), ownPage)
    expect(seen).toEqual([{ sender: ownPage, requestId: 'r-1' }, { sender: ownPage }, { sender: ownPage }])
  })

  it('says who refused a page that is not the extension’s', async () => {
    const route = createRouter(only({ ping: () => 'pong' }), opts)
    const reply = await route(msg('ping'), { id: 'abc', url: 'https://evil.example/' })
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } })
    if (reply && !reply.ok) expect(reply.error.message).toMatch(/own pages/)
  })

  it('reports the failing request’s name to onError', async () => {
    const onError = vi.fn()
    const boom = new Error('boom')
    const route = createRouter(
      only({
        ping: () => {
          throw boom
        },
      }),
      { ...opts, onError },
    )
    await route(msg('ping'), ownPage)
    expect(onError).toHaveBeenCalledWith('ping', boom)
  })
})

describe('toAppError', () => {
  it('keeps an AppError, a copy, not the same object', () => {
    const e = appError('not-signed-in', 'Sign in first.')
    const out = toAppError(e)
    expect(out).toEqual(e)
    expect(out).not.toBe(e)
  })

  it('unwraps an error that carries an AppError', () => {
    const wrapped = Object.assign(new Error('x'), { appError: appError('host-not-granted', 'Grant it.') })
    expect(toAppError(wrapped)).toEqual({ kind: 'host-not-granted', message: 'Grant it.' })
    expect(toAppError({ appError: 'not an app error' })).toMatchObject({ kind: 'internal' })
  })

  it('turns anything else into an internal error with a message', () => {
    expect(toAppError('plain text')).toEqual({ kind: 'internal', message: 'plain text' })
    expect(toAppError(null)).toEqual({ kind: 'internal', message: 'null' })
    expect(toAppError(undefined)).toEqual({ kind: 'internal', message: 'undefined' })
    expect(toAppError(new Error(''))).toEqual({
      kind: 'internal',
      message: 'Something went wrong in the background.',
    })
  })
})
