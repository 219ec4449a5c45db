import { describe, expect, it, vi } from 'vitest'
import { createRouter, type Handlers, isOwnPage } from '../../../src/background/router.ts'
import { appError, PROTOCOL_SOURCE } from '../../../src/shared/protocol/index.ts'
import { call, type Transport } from '../../../src/ui/rpc.ts'

const opts = { extensionId: 'abc', extensionBaseUrl: 'chrome-extension://abc/' }
const ownPage = { id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' }
// Only ping is exercised here; the background's own map is type-checked to be complete.
const only = (h: Partial<Handlers>) => h as Handlers
const handlers = only({
  ping: () => ({ version: '1.2.3', workerStartedAt: 42, browser: 'chrome', local: false }),
})
const msg = (name: string, params?: unknown) => ({ source: PROTOCOL_SOURCE, name, params })

describe('background router', () => {
  const route = createRouter(handlers, opts)

  it('answers a request from its own page with the handler result', async () => {
    await expect(route(msg('ping'), ownPage)).resolves.toEqual({
      ok: true,
      result: { version: '1.2.3', workerStartedAt: 42, browser: 'chrome', local: false },
    })
  })

  it.each([
    ['a content script on a web page', { id: 'abc', url: 'https://evil.example/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }],
    ['a look-alike URL', { id: 'abc', url: 'chrome-extension://abcd/page.html' }],
    ['a sender with no URL', { id: 'abc' }],
  ])('refuses %s with a typed error', async (_label, sender) => {
    const reply = await route(msg('ping'), sender)
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } })
  })

  it('ignores messages that are not protocol requests', async () => {
    await expect(route({ hello: 1 }, ownPage)).resolves.toBeUndefined()
    await expect(route(null, ownPage)).resolves.toBeUndefined()
  })

  it('refuses unknown names, including inherited object keys', async () => {
    await expect(route(msg('nope'), ownPage)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'unknown-request' },
    })
    await expect(route(msg('toString'), ownPage)).resolves.toMatchObject({
      ok: false,
      error: { kind: 'unknown-request' },
    })
  })

  it('turns thrown AppErrors and plain errors into typed values', async () => {
    const onError = vi.fn()
    const failing = createRouter(
      only({
        ping: () => {
          throw appError('not-signed-in', 'Sign in first.')
        },
      }),
      { ...opts, onError },
    )
    await expect(failing(msg('ping'), ownPage)).resolves.toEqual({
      ok: false,
      error: { kind: 'not-signed-in', message: 'Sign in first.' },
    })
    const crashing = createRouter(
      only({
        ping: () => {
          throw new TypeError('boom')
        },
      }),
      opts,
    )
    await expect(crashing(msg('ping'), ownPage)).resolves.toEqual({
      ok: false,
      error: { kind: 'internal', message: 'boom' },
    })
    expect(onError).toHaveBeenCalledOnce()
  })

  it('accepts Firefox extension origins', () => {
    const ff = { extensionId: 'x@y', extensionBaseUrl: 'moz-extension://uuid/' }
    expect(isOwnPage({ id: 'x@y', url: 'moz-extension://uuid/src/options/index.html' }, ff)).toBe(true)
    expect(isOwnPage({ id: 'x@y', url: 'moz-extension://other/src/options/index.html' }, ff)).toBe(false)
  })
})

describe('UI request client', () => {
  const route = createRouter(handlers, opts)
  const transport: Transport = (m) => route(m, ownPage)

  it('returns the result, or the typed error as a value', async () => {
    await expect(call('ping', undefined, transport)).resolves.toMatchObject({ result: { version: '1.2.3' } })
    const denied: Transport = (m) => route(m, { id: 'abc', url: 'https://x.example/' })
    const failure = await call('ping', undefined, denied)
    expect(failure).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } })
  })

  it('sends every attempt of one call with the same request id, and each call with its own', async () => {
    const ids: (string | undefined)[] = []
    const flaky: Transport = async (m) => {
      ids.push(m.requestId)
      if (ids.length < 2) throw new Error('The message port closed before a response was received.')
      return route(m, ownPage)
    }
    await call('ping', undefined, flaky)
    await call('ping', undefined, flaky)
    expect(ids).toHaveLength(3)
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(ids[1]).toBe(ids[0])
    expect(ids[2]).not.toBe(ids[0])
  })

  it('retries while the worker is waking, then reports it as a value', async () => {
    let attempts = 0
    const flaky: Transport = async (m) => {
      attempts++
      if (attempts < 3) throw new Error('Could not establish connection. Receiving end does not exist.')
      return route(m, ownPage)
    }
    await expect(call('ping', undefined, flaky)).resolves.toMatchObject({ ok: true })
    const dead: Transport = async () => {
      throw new Error('Receiving end does not exist.')
    }
    const reply = await call('ping', undefined, dead)
    expect(reply).toMatchObject({ ok: false, error: { kind: 'internal' } })
    expect(reply.ok || reply.error.message).toContain('Receiving end does not exist')
  })
})
