import type { Entry, Har } from 'har-format'

/** A complete HAR 1.2 entry with empty bodies, for tests to fill in. */
export function emptyEntry(url: string): Entry {
  return {
    startedDateTime: '2026-05-01T10:00:00.000Z',
    time: 12,
    request: {
      method: 'POST',
      url,
      httpVersion: 'HTTP/1.1',
      headers: [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      headers: [],
      cookies: [],
      content: { size: 0, mimeType: 'application/json', text: '{"ok":true}' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 10, receive: 2 },
  }
}

/** A HAR document holding these entries. */
export const harOf = (...entries: Entry[]): Har => ({
  log: { version: '1.2', creator: { name: 'test', version: '1' }, entries },
})
