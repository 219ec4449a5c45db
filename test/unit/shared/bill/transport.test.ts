import { afterEach, describe, expect, it, vi } from 'vitest'
import { type BillContext, joinUrl, send } from '../../../../src/shared/bill/transport.ts'

// One request, every way it can end: BILL's answer, a refused redirect (browser or Node style), an origin the
// user did not grant, a network error, the time limit, the caller cancelling.

const URL_ = 'https://a.example/connect/v3/login'
const init = { method: 'POST', body: '{"x":1}' }

afterEach(() => vi.unstubAllGlobals())

function ctx(fetch: BillContext['fetch'], more: Partial<BillContext> = {}): BillContext {
  return { baseUrl: 'https://a.example/connect', devKey: 'k', fetch, ...more }
}
const answering = (res: Response | (() => Response)) =>
  vi.fn(async () => (typeof res === 'function' ? res() : res)) as unknown as typeof fetch

describe('an answer', () => {
  it('is read whole, with its status and content type', async () => {
    const fetch = answering(
      new Response('{"a":1}', { status: 400, headers: { 'content-type': 'application/json' } }),
    )
    expect(await send(ctx(fetch), 'v3', URL_, init)).toEqual({
      ok: true,
      response: { status: 400, contentType: 'application/json', text: '{"a":1}' },
    })
  })

  it('has an empty content type when BILL sends none', async () => {
    const res = new Response('x', { status: 200 })
    res.headers.delete('content-type')
    const sent = await send(ctx(answering(res)), 'v3', URL_, init)
    expect(sent).toMatchObject({ ok: true, response: { contentType: '' } })
  })

  it('is asked for with the request as given, redirects not followed, and a signal', async () => {
    const fetch = answering(new Response('{}'))
    await send(ctx(fetch), 'v3', URL_, init)
    const [url, options] = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls[0] ?? []
    expect(url).toBe(URL_)
    expect(options).toMatchObject({ method: 'POST', body: '{"x":1}', redirect: 'manual' })
    expect(options.signal).toBeInstanceOf(AbortSignal)
  })

  it('uses the global fetch when none is given', async () => {
    const calls: unknown[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      calls.push(url)
      return new Response('{}')
    })
    const sent = await send({ baseUrl: 'https://a.example', devKey: 'k' }, 'v3', URL_, init)
    expect(sent.ok).toBe(true)
    expect(calls).toEqual([URL_])
  })

  it('a 3xx status that is not a redirect (304) is an answer', async () => {
    const sent = await send(ctx(answering(new Response(null, { status: 304 }))), 'v3', URL_, init)
    expect(sent).toMatchObject({ ok: true, response: { status: 304 } })
  })
})

describe('a redirect is refused, never followed', () => {
  it("a browser's opaque redirect (status 0, no Location)", async () => {
    const text = vi.fn(async () => '')
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null, text }
    const sent = await send(ctx(answering(opaque as unknown as Response)), 'v2', URL_, init)
    expect(sent).toEqual({
      ok: false,
      error: {
        kind: 'redirected',
        api: 'v2',
        httpStatus: 0,
        message:
          "a.example answered with a redirect. BILL's API never redirects, so it was not followed and nothing was sent there. Check the profile's base URL.",
      },
    })
    expect(text).not.toHaveBeenCalled()
  })

  it.each([301, 302, 303, 307, 308])(
    'a %i names where it pointed, and its body is dropped unread',
    async (status) => {
      let cancelled = false
      const body = new ReadableStream({
        cancel() {
          cancelled = true
        },
      })
      const res = new Response(body, { status, headers: { location: 'https://evil.example/steal' } })
      const sent = await send(ctx(answering(res)), 'v3', URL_, init)
      expect(sent).toMatchObject({ ok: false, error: { kind: 'redirected', api: 'v3', httpStatus: status } })
      if (!sent.ok)
        expect(sent.error.message).toMatch(/^a\.example answered with a redirect to evil\.example\./)
      expect(cancelled).toBe(true)
    },
  )

  it('a relative Location points to the same host', async () => {
    const res = new Response(null, { status: 302, headers: { location: '/other' } })
    const sent = await send(ctx(answering(res)), 'v3', URL_, init)
    if (!sent.ok) expect(sent.error.message).toContain('redirect to a.example.')
    expect(sent.ok).toBe(false)
  })

  it('without a Location, or one that is not a URL, says nothing of where', async () => {
    for (const headers of [{}, { location: 'http://[broken' }] as Record<string, string>[]) {
      const sent = await send(ctx(answering(new Response(null, { status: 302, headers }))), 'v3', URL_, init)
      expect(sent.ok).toBe(false)
      if (!sent.ok) expect(sent.error.message).toMatch(/^a\.example answered with a redirect\. /)
    }
  })
})

describe('an origin the user did not grant', () => {
  it('gets nothing, and the message names its host', async () => {
    const fetch = answering(new Response('{}'))
    const asked: string[] = []
    const hostAllowed = async (url: string) => {
      asked.push(url)
      return false
    }
    const sent = await send(ctx(fetch, { hostAllowed }), 'v3', URL_, init)
    expect(asked).toEqual([URL_])
    expect(fetch).not.toHaveBeenCalled()
    expect(sent).toEqual({
      ok: false,
      error: {
        kind: 'host-not-granted',
        api: 'v3',
        message:
          "The extension has no access to a.example, so nothing was sent. Grant access to the profile's hosts in the settings first.",
      },
    })
  })

  it('a granted one is sent to', async () => {
    const fetch = answering(new Response('{}'))
    const sent = await send(ctx(fetch, { hostAllowed: async () => true }), 'v3', URL_, init)
    expect(sent.ok).toBe(true)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('a URL without a host is named as "this host"', async () => {
    const sent = await send(
      ctx(answering(new Response('{}')), { hostAllowed: async () => false }),
      'v3',
      'not a url',
      init,
    )
    if (!sent.ok) expect(sent.error.message).toContain('no access to this host,')
    expect(sent.ok).toBe(false)
  })
})

describe('no answer', () => {
  it('a network error names the host', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof globalThis.fetch
    expect(await send(ctx(fetch), 'v3', URL_, init)).toEqual({
      ok: false,
      error: {
        kind: 'network',
        api: 'v3',
        message: 'Could not reach BILL at a.example. Check the network connection and the base URL.',
      },
    })
  })

  const hanging = vi.fn(
    (_url: unknown, options?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        options?.signal?.addEventListener('abort', () => reject(options.signal?.reason)),
      ),
  ) as unknown as typeof fetch

  it('the time limit ends the wait, and says how long it was', async () => {
    const sent = await send(ctx(hanging, { timeoutMs: 1_600 }), 'v3', URL_, init)
    expect(sent).toEqual({
      ok: false,
      error: {
        kind: 'timeout',
        api: 'v3',
        message: 'BILL did not answer within 2 s. Try again; the sandbox is sometimes slow.',
      },
    })
  })

  it('the caller cancelling is told apart from the time limit', async () => {
    const caller = new AbortController()
    const sending = send(ctx(hanging), 'v3', URL_, init, caller.signal)
    caller.abort()
    expect(await sending).toEqual({
      ok: false,
      error: { kind: 'timeout', api: 'v3', cancelled: true, message: 'The request was cancelled.' },
    })
  })
})

describe('joinUrl', () => {
  it.each([
    ['https://a.example/connect', '/v3/login'],
    ['https://a.example/connect/', 'v3/login'],
    ['https://a.example/connect//', '//v3/login'],
    ['https://a.example/connect', 'v3/login'],
  ])('%s + %s: exactly one slash', (base, path) => {
    expect(joinUrl(base, path)).toBe('https://a.example/connect/v3/login')
  })
})
