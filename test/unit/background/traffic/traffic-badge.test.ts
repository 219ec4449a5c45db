import { describe, expect, it } from 'vitest'
import { createBadgeDisplay } from '../../../../src/background/traffic/badge-display.ts'
import { addFlagged, markSeen } from '../../../../src/background/traffic/flagged-list.ts'
import { createFlaggedStore } from '../../../../src/background/traffic/flagged-store.ts'
import type { Badge } from '../../../../src/shared/session/badge.ts'
import { badgeWithFindings, FLAGGED_MARK } from '../../../../src/shared/session/badge-mark.ts'

const minutes: Badge = { text: '34m', tone: 'ok', title: 'BILL session: 34 min left' }

describe('badgeWithFindings', () => {
  it('leaves the session badge alone without unseen findings', () => {
    expect(badgeWithFindings(minutes, 0, true)).toBe(minutes)
    expect(badgeWithFindings(undefined, 0, true)).toBeUndefined()
  })

  it('adds the mark after the session text and turns the colour', () => {
    expect(badgeWithFindings(minutes, 2, true)).toEqual({
      text: `34m${FLAGGED_MARK}`,
      tone: 'flagged',
      title: 'BILL session: 34 min left\n2 deprecated BILL calls seen: open to review',
    })
  })

  it('keeps red for a session that needs action now', () => {
    const urgent: Badge = { text: '1m', tone: 'urgent', title: 't' }
    expect(badgeWithFindings(urgent, 1, true)).toMatchObject({ text: `1m${FLAGGED_MARK}`, tone: 'urgent' })
    const expired: Badge = { text: '!', tone: 'expired', title: 't' }
    expect(badgeWithFindings(expired, 1, true)?.tone).toBe('expired')
  })

  it('shows the mark alone when the session shows nothing, and nothing when the badge is off', () => {
    expect(badgeWithFindings(undefined, 1, true)).toMatchObject({ text: FLAGGED_MARK, tone: 'flagged' })
    expect(badgeWithFindings({ text: '', tone: 'neutral', title: 'x' }, 3, true)?.text).toBe(FLAGGED_MARK)
    expect(badgeWithFindings(minutes, 3, false)).toBeUndefined()
  })
})

describe('the badge display', () => {
  it('redraws from the stored session badge and the unseen count, also after a worker restart', async () => {
    const drawn: (Badge | undefined)[] = []
    const store = createFlaggedStore()
    const deps = {
      apply: async (b: Badge | undefined) => void drawn.push(b),
      unseen: async () => (await store.read()).unseen,
      badgeEnabled: async () => true,
    }
    await createBadgeDisplay(deps).showSession(minutes)
    const finding = { id: '1', ruleId: 'r', severity: 'error' as const, message: 'm', api: 'v3' as const }
    await store.update((l) =>
      addFlagged(l, [{ ...finding, method: 'POST', endpoint: 'v3/mfa/challenge', time: 1 }]),
    )
    // A new worker: nothing in memory, the session badge comes from storage.session.
    const restarted = createBadgeDisplay(deps)
    await restarted.refresh()
    expect(drawn.at(-1)?.text).toBe(`34m${FLAGGED_MARK}`)
    await store.update(markSeen)
    await restarted.refresh()
    expect(drawn.at(-1)).toEqual(minutes)
    await restarted.showSession(undefined)
    expect(drawn.at(-1)).toBeUndefined()
  })

  it('draws only a badge that differs from the one it drew last', async () => {
    const drawn: (Badge | undefined)[] = []
    let unseen = 50
    const display = createBadgeDisplay({
      apply: async (b: Badge | undefined) => void drawn.push(b),
      unseen: async () => unseen,
      badgeEnabled: async () => true,
    })
    await display.showSession(minutes)
    // A flood on a full list: one finding after another, the unseen count stays at the list's cap.
    for (let i = 0; i < 100; i++) await display.refresh()
    expect(drawn.map((b) => b?.text)).toEqual([`34m${FLAGGED_MARK}`])
    unseen = 0
    await display.refresh()
    await display.showSession(undefined)
    expect(drawn.slice(1)).toEqual([minutes, undefined])
  })

  it('loses no finding when many arrive at once', async () => {
    const store = createFlaggedStore()
    const make = (i: number) => ({
      id: String(i),
      ruleId: 'r',
      severity: 'error' as const,
      message: 'm',
      api: 'v3' as const,
      method: 'POST',
      endpoint: 'v3/mfa/challenge',
      time: i,
    })
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.update((l) => addFlagged(l, [make(i)]))))
    const list = await store.read()
    expect(list.items.map((i) => i.time)).toEqual(Array.from({ length: 20 }, (_, i) => 19 - i))
    expect(list.unseen).toBe(20)
  })
})
