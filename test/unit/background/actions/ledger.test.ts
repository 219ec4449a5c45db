import { describe, expect, it } from 'vitest'
import {
  type ActionEntry,
  type ActionStore,
  createActionLedger,
  KEEP_ACTIONS_MS,
} from '../../../../src/background/actions/ledger.ts'

/** An in-memory store that can hold its writes back, to put a retry between "recorded" and "answered". */
function memoryStore() {
  const entries = new Map<string, ActionEntry>()
  const pruned: number[] = []
  const store: ActionStore = {
    load: async (id) => entries.get(id),
    save: async (id, entry) => void entries.set(id, entry),
    prune: async (before) => {
      pruned.push(before)
      for (const [id, e] of entries) if (e.startedAt < before) entries.delete(id)
    },
  }
  return { store, entries, pruned }
}

function deferred<T>() {
  let resolve: (v: T) => void = () => {}
  let reject: (e: unknown) => void = () => {}
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('the action ledger', () => {
  it('a retry while the first run is still in flight joins it: one action, one answer for both', async () => {
    const { store } = memoryStore()
    const ledger = createActionLedger(store, () => 1_000)
    const gate = deferred<string>()
    let calls = 0
    const action = () => {
      calls++
      return gate.promise
    }
    const first = ledger.run('r1', 'signIn', action)
    const retry = ledger.run('r1', 'signIn', action)
    // Nothing has been stored with an outcome yet: only the in-flight map can tell the retry to wait.
    expect(retry).toBe(first)
    gate.resolve('answer')
    expect(await Promise.all([first, retry])).toEqual(['answer', 'answer'])
    expect(calls).toBe(1)
  })

  it('forgets the in-flight run once it ends, so a later call is answered from the store, not the map', async () => {
    const { store, entries } = memoryStore()
    const ledger = createActionLedger(store, () => 1_000)
    expect(await ledger.run('r1', 'signIn', async () => 'first')).toBe('first')
    expect(entries.get('r1')).toEqual({
      name: 'signIn',
      startedAt: 1_000,
      outcome: { ok: true, result: 'first' },
    })
    // The stored outcome answers; the action is not run again.
    expect(await ledger.run('r1', 'signIn', async () => 'second')).toBe('first')
  })

  it('records the action before it runs, and a failure as its outcome', async () => {
    const { store, entries } = memoryStore()
    const ledger = createActionLedger(store, () => 5_000)
    let seenWhileRunning: ActionEntry | undefined
    await expect(
      ledger.run('r2', 'sendMfaChallenge', async () => {
        seenWhileRunning = entries.get('r2')
        throw Object.assign(new Error('BILL said no'), { kind: 'bill' })
      }),
    ).rejects.toThrow('BILL said no')
    expect(seenWhileRunning).toEqual({ name: 'sendMfaChallenge', startedAt: 5_000 })
    const outcome = entries.get('r2')?.outcome
    expect(outcome).toMatchObject({ ok: false })
    // A retry gets the stored failure, and the action does not run again.
    let again = false
    const retry = ledger.run('r2', 'sendMfaChallenge', async () => {
      again = true
    })
    await expect(retry).rejects.toEqual(outcome && !outcome.ok ? outcome.error : 'no stored failure')
    expect(again).toBe(false)
  })

  it('prunes entries older than the keep window, measured from this action', async () => {
    const { store, pruned } = memoryStore()
    const ledger = createActionLedger(store, () => 50 * 60_000)
    await ledger.run('r3', 'signOut', async () => undefined)
    expect(pruned).toEqual([50 * 60_000 - KEEP_ACTIONS_MS])
  })

  it('an entry left without an outcome by a stopped worker is interrupted, never run again', async () => {
    const { store, entries } = memoryStore()
    entries.set('r4', { name: 'signIn', startedAt: 1 })
    const ledger = createActionLedger(store, () => 2)
    let ran = false
    await expect(
      ledger.run('r4', 'signIn', async () => {
        ran = true
      }),
    ).rejects.toMatchObject({ kind: 'interrupted', message: expect.stringContaining('not sent again') })
    expect(
      await ledger.run(
        'r4',
        'signIn',
        async () => 'x',
        async () => 'state now',
      ),
    ).toBe('state now')
    expect(ran).toBe(false)
  })

  it('refuses a missing request id and an id used by another action', async () => {
    const { store } = memoryStore()
    const ledger = createActionLedger(store, () => 1)
    await expect(ledger.run(undefined, 'signIn', async () => 1)).rejects.toMatchObject({
      kind: 'bad-request',
    })
    await ledger.run('r5', 'signIn', async () => 1)
    await expect(ledger.run('r5', 'signOut', async () => 1)).rejects.toMatchObject({ kind: 'bad-request' })
  })
})
