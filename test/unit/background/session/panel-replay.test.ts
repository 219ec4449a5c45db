import { describe, expect, it } from 'vitest'
import { isAppError } from '../../../../src/shared/protocol/index.ts'
import { panelFor, type ReplaySession } from '../../replay-harness.ts'

const SESSION: ReplaySession = {
  api: 'v3',
  baseUrls: { v3: 'https://gateway.stage.bill.com/connect', v2: 'https://api-stage.bill.com/api/v2' },
  devKey: 'dev-key-1',
  sessionId: 'session-1',
}
const ctx = { sender: {} }

/** A fetch that records what was sent and answers with the given status and body. */
function recordingFetch(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit }[] = []
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init })
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as typeof globalThis.fetch
  return { sent, fetch }
}

async function failure(promise: unknown) {
  try {
    await promise
  } catch (error) {
    if (isAppError(error)) return error
    throw error
  }
  throw new Error('expected a typed failure')
}

describe('replayRequest', () => {
  it('answers not-signed-in without a session', async () => {
    const handlers = panelFor(undefined)
    const error = await failure(
      handlers.replayRequest({ method: 'POST', endpointId: 'v3.mfa.challenge', body: {} }, ctx),
    )
    expect(error.kind).toBe('not-signed-in')
  })

  it('sends the corrected v3 body to the session’s own base URL and explains the answer', async () => {
    const { sent, fetch } = recordingFetch(400, [{ code: 'BDC_1354', message: 'No phone' }])
    const handlers = panelFor(SESSION, { fetch })
    const answer = await handlers.replayRequest(
      { method: 'POST', endpointId: 'v3.mfa.challenge', body: {} },
      ctx,
    )
    expect(sent[0]?.url).toBe('https://gateway.stage.bill.com/connect/v3/mfa/challenge')
    expect(sent[0]?.init.body).toBe('{}')
    expect(sent[0]?.init.headers).toMatchObject({ sessionId: 'session-1', devKey: 'dev-key-1' })
    expect(answer).toMatchObject({ status: 400, api: 'v3' })
    expect(answer.errors[0]).toMatchObject({ code: 'BDC_1354', message: 'No phone' })
    expect(answer.errors[0]?.meaning).toMatch(/MFA setup/)
  })

  it('sends v2 as a form with the session and the data JSON, redacting the answer', async () => {
    const { sent, fetch } = recordingFetch(200, { response_status: 0, response_data: { sessionId: 'fresh' } })
    const handlers = panelFor({ ...SESSION, api: 'v2' }, { fetch })
    const answer = await handlers.replayRequest(
      { method: 'POST', endpointId: 'v2.mfa.challenge', body: { useBackup: false } },
      ctx,
    )
    const form = new URLSearchParams(String(sent[0]?.init.body))
    expect(sent[0]?.url).toBe('https://api-stage.bill.com/api/v2/MFAChallenge.json')
    expect(Object.fromEntries(form)).toEqual({
      devKey: 'dev-key-1',
      sessionId: 'session-1',
      data: '{"useBackup":false}',
    })
    expect(answer.errors).toEqual([])
    expect(answer.body).not.toContain('fresh')
  })

  it('refuses URLs outside the session’s base URLs, even on a look-alike host or path', async () => {
    const { sent, fetch } = recordingFetch(200, {})
    const handlers = panelFor(SESSION, { fetch })
    for (const url of [
      'https://evil.example/connect/v3/mfa/challenge',
      'https://gateway.stage.bill.com.evil.example/connect/v3/mfa/challenge',
      'https://gateway.stage.bill.com/connected/v3/mfa/challenge',
      'http://gateway.stage.bill.com/connect/v3/mfa/challenge',
    ]) {
      const error = await failure(handlers.replayRequest({ method: 'POST', url, body: {} }, ctx))
      expect(error.kind).toBe('permission-denied')
    }
    expect(sent).toEqual([])
    await handlers.replayRequest(
      { method: 'POST', url: 'https://gateway.stage.bill.com/connect/v3/mfa/challenge', body: {} },
      ctx,
    )
    expect(sent).toHaveLength(1)
  })

  it('never sends useBackup:true or primary:false, in any spelling', async () => {
    const { sent, fetch } = recordingFetch(200, {})
    const handlers = panelFor(SESSION, { fetch })
    for (const [endpointId, body] of [
      ['v3.mfa.challenge', { useBackup: true }],
      ['v3.mfa.challenge', { useBackup: ' TRUE ' }],
      ['v3.mfa.setup', { phone: 'x', type: 'TEXT', primary: false }],
      ['v3.mfa.setup', { primary: 'false' }],
    ] as const) {
      const error = await failure(handlers.replayRequest({ method: 'POST', endpointId, body }, ctx))
      expect(error.kind).toBe('invalid-input')
    }
    expect(sent).toEqual([])
  })

  it('refuses unknown endpoints, wrong methods and the other API', async () => {
    const handlers = panelFor(SESSION, { fetch: recordingFetch(200, {}).fetch })
    const kinds = await Promise.all([
      failure(handlers.replayRequest({ method: 'POST', endpointId: 'v9.nope' }, ctx)),
      failure(handlers.replayRequest({ method: 'GET', endpointId: 'v3.mfa.challenge' }, ctx)),
      failure(handlers.replayRequest({ method: 'POST', endpointId: 'v2.mfa.challenge', body: {} }, ctx)),
    ])
    expect(kinds.map((e) => e.kind)).toEqual(['invalid-input', 'invalid-input', 'invalid-input'])
  })
})
