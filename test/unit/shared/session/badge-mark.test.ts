import { describe, expect, it } from 'vitest'
import type { Badge } from '../../../../src/shared/session/badge.ts'
import { badgeWithFindings, FLAGGED_MARK } from '../../../../src/shared/session/badge-mark.ts'

// The session badge and the "deprecated calls seen" mark share one toolbar badge.

const session = (tone: Badge['tone'], text = '34m'): Badge => ({
  text,
  tone,
  title: 'BILL session: 34 min left',
})

describe('badgeWithFindings', () => {
  it('shows nothing when the badge is turned off, findings or not', () => {
    expect(badgeWithFindings(session('ok'), 3, false)).toBeUndefined()
    expect(badgeWithFindings(undefined, 3, false)).toBeUndefined()
  })

  it('leaves the session badge as it is when nothing unseen', () => {
    const s = session('ok')
    expect(badgeWithFindings(s, 0, true)).toBe(s)
    expect(badgeWithFindings(undefined, 0, true)).toBeUndefined()
  })

  it('adds the mark after the minutes, turns purple and adds a tooltip line with the count', () => {
    expect(badgeWithFindings(session('ok'), 1, true)).toEqual({
      text: `34m${FLAGGED_MARK}`,
      tone: 'flagged',
      title: 'BILL session: 34 min left\n1 deprecated BILL call seen: open to review',
    })
    expect(badgeWithFindings(session('soon'), 2, true)?.title).toBe(
      'BILL session: 34 min left\n2 deprecated BILL calls seen: open to review',
    )
    expect(badgeWithFindings(session('soon'), 2, true)?.tone).toBe('flagged')
  })

  it('keeps red when the session itself needs action now', () => {
    expect(badgeWithFindings(session('urgent'), 1, true)?.tone).toBe('urgent')
    expect(badgeWithFindings(session('expired', '!'), 1, true)).toMatchObject({ text: '!•', tone: 'expired' })
  })

  it('shows the mark alone when the session shows nothing', () => {
    const alone = {
      text: FLAGGED_MARK,
      tone: 'flagged',
      title: 'BILL Sandbox Companion: 3 deprecated BILL calls seen: open to review',
    }
    expect(badgeWithFindings(undefined, 3, true)).toEqual(alone)
    expect(badgeWithFindings(session('neutral', ''), 3, true)).toEqual(alone)
  })
})
