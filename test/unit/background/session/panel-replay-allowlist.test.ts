import { describe, expect, it } from 'vitest'
import { REPLAYABLE_ENDPOINT_IDS } from '../../../../src/background/session/replay-target.ts'
import { ENDPOINTS } from '../../../../src/shared/bill/endpoints.ts'
import { isAppError } from '../../../../src/shared/protocol/index.ts'
import { panelFor } from '../../replay-harness.ts'

// Replay runs with the user's live session: only the MFA calls the panel offers "Fix and replay" for.

const BASES = { v3: 'https://gateway.stage.bill.com/connect', v2: 'https://api-stage.bill.com/api/v2' }
const session = (api: 'v2' | 'v3') => ({ api, baseUrls: BASES, devKey: 'dk', sessionId: 'sid' })
const ctx = { sender: {} }

function recording() {
  const sent: string[] = []
  const fetch = (async (url: string) => {
    sent.push(url)
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
  }) as typeof globalThis.fetch
  return { sent, fetch }
}

async function kindOf(promise: unknown): Promise<string> {
  try {
    await promise
    return 'sent'
  } catch (error) {
    if (isAppError(error)) return error.kind
    throw error
  }
}

const urlOf = (e: (typeof ENDPOINTS)[number]) =>
  e.api === 'v3' ? `${BASES.v3}${e.path}` : `${BASES.v2}/${e.path}`

describe('replay allow-list', () => {
  it.each(ENDPOINTS.map((e) => [e.id, e] as const))('%s: by id and by URL', async (_id, endpoint) => {
    const { sent, fetch } = recording()
    const handlers = panelFor(session(endpoint.api), { fetch })
    const allowed = REPLAYABLE_ENDPOINT_IDS.has(endpoint.id)
    const byId = await kindOf(
      handlers.replayRequest({ method: endpoint.method, endpointId: endpoint.id, body: {} }, ctx),
    )
    const byUrl = await kindOf(
      handlers.replayRequest({ method: endpoint.method, url: urlOf(endpoint), body: {} }, ctx),
    )
    expect([byId, byUrl]).toEqual(allowed ? ['sent', 'sent'] : ['permission-denied', 'permission-denied'])
    expect(sent).toHaveLength(allowed ? 2 : 0)
  })

  it('allows exactly the MFA challenge (v2, v3) and the v3 phone setup', () => {
    expect([...REPLAYABLE_ENDPOINT_IDS].sort()).toEqual([
      'v2.mfa.challenge',
      'v3.mfa.challenge',
      'v3.mfa.setup',
    ])
  })

  it.each([
    `${BASES.v3}/v3/payments`,
    `${BASES.v3}/v3/funding-accounts/banks`,
    `${BASES.v3}/v3/mfa/challenge/validate`,
    `${BASES.v3}/v3/mfa/challengeX`,
    `${BASES.v3}/v3/mfa/challenge?x=1`,
    `${BASES.v3}/v3/something-new`,
  ])('refuses %s', async (url) => {
    const { sent, fetch } = recording()
    const handlers = panelFor(session('v3'), { fetch })
    expect(await kindOf(handlers.replayRequest({ method: 'POST', url, body: {} }, ctx))).toBe(
      'permission-denied',
    )
    expect(sent).toEqual([])
  })

  it.each([
    `${BASES.v2}/PayBills.json`,
    `${BASES.v2}/VendorBankAccount.json`,
    `${BASES.v2}/Crud/Create/Bill.json`,
  ])('refuses %s', async (url) => {
    const { sent, fetch } = recording()
    const handlers = panelFor(session('v2'), { fetch })
    expect(await kindOf(handlers.replayRequest({ method: 'POST', url, body: {} }, ctx))).toBe(
      'permission-denied',
    )
    expect(sent).toEqual([])
  })
})
