import { describe, expect, it } from 'vitest'
import { createSandboxApp } from '../../../../sandbox/app.ts'
import { createOwner } from '../../../../src/background/session/owner.ts'
import type { SessionRecord } from '../../../../src/shared/session/record.ts'
import { harness } from '../../session-harness.ts'
import { activeRecord } from '../../shared/session/session-record.ts'

// The owner is the one holder of the session record (src/background/session/owner.ts).

const record = (sessionId: string) => activeRecord({ sessionId })

function owned() {
  const sandbox = createSandboxApp({ quiet: true })
  const h = harness(sandbox)
  const saved: (SessionRecord | undefined)[] = []
  let started = 0
  const owner = createOwner({
    ...h.ports,
    saveRecord: async (r) => {
      // Each save started later is faster: without the lock, later saves would land first.
      started += 1
      await new Promise((done) => setTimeout(done, Math.max(0, 20 - 4 * started)))
      saved.push(structuredClone(r))
    },
  })
  return { owner, saved, sandbox }
}

describe('the session owner', () => {
  it('applies a late answer only to the session it was made for (stale-session guard)', async () => {
    const { owner, sandbox } = owned()
    const old = record('s-old')
    await owner.serialized(() => owner.commit(record('s-new')))
    await owner.update((r) => ({ ...r, trusted: true }), old)
    expect(owner.record()).toMatchObject({ sessionId: 's-new', trusted: false })
    await owner.update((r) => ({ ...r, trusted: true }), record('s-new'))
    expect(owner.record()).toMatchObject({ sessionId: 's-new', trusted: true })
    sandbox.shutdown()
  })

  it('runs concurrent updates one at a time, saving each in order and losing none', async () => {
    const { owner, saved, sandbox } = owned()
    await owner.serialized(() => owner.commit(record('s1')))
    saved.length = 0
    await Promise.all(
      [1, 2, 3, 4].map(() => owner.update((r) => ({ ...r, keepAlivePings: r.keepAlivePings + 1 }))),
    )
    expect(saved.map((r) => r?.keepAlivePings)).toEqual([1, 2, 3, 4])
    expect(owner.record()?.keepAlivePings).toBe(4)
    sandbox.shutdown()
  })

  it('keeps the lock usable after a step that failed, and never runs two steps at once', async () => {
    const { owner, sandbox } = owned()
    let running = 0
    let most = 0
    const step = (fail: boolean) =>
      owner.serialized(async () => {
        running += 1
        most = Math.max(most, running)
        await new Promise((done) => setTimeout(done, 2))
        running -= 1
        if (fail) throw new Error('step failed')
        return 'ok'
      })
    const results = await Promise.allSettled([step(false), step(true), step(false)])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(most).toBe(1)
    sandbox.shutdown()
  })
})
