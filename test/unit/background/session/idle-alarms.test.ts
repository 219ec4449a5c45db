import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../../src/shared/preferences.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { harness, IDLE_S, qa } from '../../session-harness.ts'

// The idle clock's alarms (src/background/session/idle.ts): the words of the warning and expiry notices, and
// an alarm that fires for an end that activity has since moved.

let sandbox: SandboxApp
beforeEach(() => {
  sandbox = createSandboxApp({ quiet: true })
})
afterEach(() => sandbox.shutdown())

/** A signed-in session on a clock the test moves (the extension's only: BILL's is real). */
async function signedIn(prefs: Partial<Preferences> = {}) {
  const h = harness(sandbox)
  let now = sandbox.state.clock.now()
  const notices: { kind: string; title: string; message: string }[] = []
  h.ports.now = () => now
  h.ports.getPreferences = async () => ({ ...DEFAULT_PREFERENCES, ...prefs })
  h.ports.notify = async (kind, title, message) => {
    notices.push({ kind, title, message })
  }
  const service = createSessionService(h.ports)
  await service.signIn('p1', qa.password)
  return {
    ...h,
    service,
    notices,
    /** Moves the extension's clock to `ms` before the end of the session. */
    leave: (ms: number) => {
      now = (h.state.record?.clock.lastActivityAt ?? 0) + IDLE_S * 1000 - ms
    },
  }
}

describe('the warning', () => {
  it('says how many minutes are left, at least one', async () => {
    const s = await signedIn()
    s.leave(2 * 60_000)
    await s.service.onAlarm(ALARMS.warning)
    s.leave(20_000)
    await s.service.onAlarm(ALARMS.warning)
    expect(s.notices).toEqual([
      {
        kind: 'warning',
        title: 'BILL session ending soon',
        message: 'QA local: about 2 min left before BILL signs you out.',
      },
    ])
    // Same end: warned once. A later end (activity) is warned of again, in its own words.
    await s.service.noteTabAnswer(s.state.record?.sessionId as string, 'activity', s.ports.now())
    s.leave(20_000)
    await s.service.onAlarm(ALARMS.warning)
    expect(s.notices[1]?.message).toBe('QA local: about 1 min left before BILL signs you out.')
  })

  it('fires early (the end moved later) without a word, and plans again', async () => {
    const s = await signedIn({ warnMinutesBefore: 1 })
    s.leave(61_001)
    const plans = s.state.alarms.length
    await s.service.onAlarm(ALARMS.warning)
    expect(s.notices).toEqual([])
    expect(s.state.alarms.length).toBe(plans + 1)
    s.leave(61_000)
    await s.service.onAlarm(ALARMS.warning)
    expect(s.notices).toHaveLength(1)
  })

  it('says nothing once signed out', async () => {
    const s = await signedIn()
    await s.service.signOut()
    s.leave(0)
    await s.service.onAlarm(ALARMS.warning)
    await s.service.onAlarm(ALARMS.expiry)
    expect(s.notices).toEqual([])
  })
})

describe('the expiry', () => {
  it('ends the session with a notice naming the profile and the reason', async () => {
    const s = await signedIn()
    s.leave(0)
    await s.service.onAlarm(ALARMS.expiry)
    expect(await s.service.getView()).toMatchObject({ state: 'expired', expiredReason: 'idle' })
    expect(s.notices).toEqual([
      {
        kind: 'expired',
        title: 'BILL session expired',
        message: 'QA local: the session ended: after the idle timeout. Click to sign in again.',
      },
    ])
  })

  it('without notifications, ends it silently', async () => {
    const s = await signedIn({ notificationsEnabled: false })
    s.leave(0)
    await s.service.onAlarm(ALARMS.expiry)
    expect(await s.service.getView()).toMatchObject({ state: 'expired' })
    expect(s.notices).toEqual([])
  })

  it('fires early (the end moved later): the session stays, the alarms are planned again', async () => {
    const s = await signedIn()
    s.leave(1)
    const plans = s.state.alarms.length
    await s.service.onAlarm(ALARMS.expiry)
    expect(await s.service.getView()).toMatchObject({ state: 'active' })
    expect(s.state.alarms.length).toBe(plans + 1)
  })
})

it('the badge alarm redraws the badge with the minutes left', async () => {
  const s = await signedIn()
  s.leave(60_000)
  await s.service.onAlarm(ALARMS.badge)
  expect(s.state.badges.at(-1)).toMatchObject({ text: '1m', tone: 'urgent' })
})
