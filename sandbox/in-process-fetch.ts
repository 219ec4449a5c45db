import type { Hono } from 'hono'

/**
 * A fetch that hands requests straight to the Hono app (no socket), for fast tests of the BILL client.
 * It honours the request's AbortSignal like a real fetch, since the app itself does not.
 */
export function inProcessFetch(app: Hono): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init)
    const { signal } = request
    if (signal.aborted) return Promise.reject(signal.reason)
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(signal.reason)
      signal.addEventListener('abort', onAbort, { once: true })
      Promise.resolve(app.fetch(request))
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort))
    })
  }
}
