import { fakeBrowser } from '@webext-core/fake-browser'
import { describe, expect, it, vi } from 'vitest'
import { storageActionStore } from '../../../../src/background/actions/session-store.ts'

describe('actions in storage.session', () => {
  const area = fakeBrowser.storage.session

  it('keeps one key per action and reads it back', async () => {
    const store = storageActionStore(area)
    await store.save('r1', { name: 'signIn', startedAt: 10 })
    await store.save('r2', { name: 'signOut', startedAt: 20, outcome: { ok: true, result: null } })
    expect(await store.load('r1')).toEqual({ name: 'signIn', startedAt: 10 })
    expect(await store.load('r2')).toMatchObject({ name: 'signOut' })
    expect(await store.load('r3')).toBeUndefined()
    expect(Object.keys(await area.get(null)).sort()).toEqual(['action:r1', 'action:r2'])
  })

  it('prunes only its own entries started before the bound, keeping the one started at it', async () => {
    await area.set({
      'action:old': { name: 'signIn', startedAt: 99 },
      'action:edge': { name: 'signIn', startedAt: 100 },
      'action:new': { name: 'signIn', startedAt: 101 },
      'action:undated': { name: 'signIn' },
      // Not an action, even with an old startedAt: the session record and others are never touched.
      session: { startedAt: 1 },
      'x-action:old': { startedAt: 1 },
    })
    await storageActionStore(area).prune(100)
    expect(Object.keys(await area.get(null)).sort()).toEqual([
      'action:edge',
      'action:new',
      'session',
      'x-action:old',
    ])
  })

  it('does not write when there is nothing to prune', async () => {
    await area.set({ 'action:new': { name: 'signIn', startedAt: 500 } })
    const remove = vi.spyOn(area, 'remove')
    await storageActionStore(area).prune(100)
    expect(remove).not.toHaveBeenCalled()
    remove.mockRestore()
  })
})
