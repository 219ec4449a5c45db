import type { Entry } from 'har-format'
import { manyRequests } from '../test/fixtures/panel/traffic.ts'

/**
 * `count` captured BILL requests, each sending a session id in a header and getting it back in the answer:
 * `distinct` session ids in all (1: one session; count: a new session per row, the most secrets a capture
 * can know).
 */
export function exportRows(count: number, distinct: number): Entry[] {
  return manyRequests(count).map((entry, i) => {
    const sessionId = `sess-${(i % distinct).toString(36).padStart(6, '0')}-${'k'.repeat(i % 7)}Zq`
    entry.request.headers.push({ name: 'sessionId', value: sessionId })
    entry.response.content.text = JSON.stringify({ sessionId, note: `seen ${sessionId} at row ${i}` })
    return entry
  })
}
