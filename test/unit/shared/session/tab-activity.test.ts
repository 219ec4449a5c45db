import { describe, expect, it } from 'vitest'
import { carriesSession, tabAnswer } from '../../../../src/shared/session/tab-activity.ts'

// A tab's request counts for our session only when it goes to the session's hosts with its id (v3: the
// sessionId header, v2: the sessionId form field); BILL's answer then says activity, or the end.

const session = {
  sessionId: 'sess-1',
  baseUrls: { v2: 'https://api.example/api/v2', v3: 'https://gw.example/connect' },
}
const v3 = 'https://gw.example/connect/v3/mfa/challenge'
const v2 = 'https://api.example/api/v2/MFAChallenge.json'

describe('carriesSession', () => {
  it('v3: the sessionId header, whatever its case, with this session id', () => {
    expect(carriesSession({ url: v3, headers: [{ name: 'SessionId', value: 'sess-1' }] }, session)).toBe(true)
    expect(carriesSession({ url: v3, headers: [{ name: 'sessionId', value: 'sess-2' }] }, session)).toBe(
      false,
    )
    expect(carriesSession({ url: v3, headers: [{ name: 'devKey', value: 'sess-1' }] }, session)).toBe(false)
    expect(carriesSession({ url: v3 }, session)).toBe(false)
    expect(carriesSession({ url: v3, formData: { sessionId: ['sess-1'] } }, session)).toBe(false)
  })

  it('v2: the sessionId form field with this session id', () => {
    expect(carriesSession({ url: v2, formData: { sessionId: ['sess-1'] } }, session)).toBe(true)
    expect(carriesSession({ url: v2, formData: { sessionId: ['sess-2'] } }, session)).toBe(false)
    expect(carriesSession({ url: v2, formData: { other: ['sess-1'] } }, session)).toBe(false)
    expect(carriesSession({ url: v2 }, session)).toBe(false)
    expect(carriesSession({ url: v2, headers: [{ name: 'sessionId', value: 'sess-1' }] }, session)).toBe(
      false,
    )
  })

  it('no other host counts, whatever it carries', () => {
    const req = {
      headers: [{ name: 'sessionId', value: 'sess-1' }],
      formData: { sessionId: ['sess-1'] },
    }
    expect(carriesSession({ url: 'https://elsewhere.example/connect/v3/login', ...req }, session)).toBe(false)
  })
})

describe('tabAnswer', () => {
  it('a 401 ends the session; other failures say nothing about it', () => {
    expect(tabAnswer({ url: v3, method: 'POST' }, 401)).toBe('rejected-in-tab')
    for (const status of [400, 403, 404, 429, 500])
      expect(tabAnswer({ url: v3, method: 'POST' }, status)).toBeUndefined()
  })

  it('an accepted logout (v3 or v2) ends it; any other accepted call is activity', () => {
    expect(tabAnswer({ url: 'https://gw.example/connect/v3/logout', method: 'POST' }, 200)).toBe(
      'logged-out-elsewhere',
    )
    expect(tabAnswer({ url: 'https://api.example/api/v2/Logout.json', method: 'POST' }, 200)).toBe(
      'logged-out-elsewhere',
    )
    expect(tabAnswer({ url: v3, method: 'POST' }, 200)).toBe('activity')
    expect(tabAnswer({ url: v3, method: 'POST' }, 399)).toBe('activity')
  })
})
