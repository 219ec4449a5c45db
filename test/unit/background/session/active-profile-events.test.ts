import { fakeBrowser } from '@webext-core/fake-browser'
import { expect, it } from 'vitest'
import { broadcastActiveProfile } from '../../../../src/background/session/active-profile-events.ts'

// Open pages hear of every change of the active profile (storage.local), and of nothing else in storage.

function heard() {
  const messages: unknown[] = []
  fakeBrowser.runtime.onMessage.addListener((m) => {
    messages.push(m)
  })
  return messages
}

it('tells open pages the new active profile, and that there is none once it is removed', async () => {
  const messages = heard()
  broadcastActiveProfile()
  await fakeBrowser.storage.local.set({ activeProfileId: 'p2' })
  await fakeBrowser.storage.local.remove('activeProfileId')
  expect(messages).toEqual([
    expect.objectContaining({ event: 'activeProfileChanged', payload: { activeProfileId: 'p2' } }),
    expect.objectContaining({ event: 'activeProfileChanged', payload: { activeProfileId: null } }),
  ])
})

it('says nothing for other keys or for the same key in another storage area', async () => {
  const messages = heard()
  broadcastActiveProfile()
  await fakeBrowser.storage.local.set({ theme: 'dark' })
  await fakeBrowser.storage.session.set({ activeProfileId: 'p9' })
  // The last change is one that must be heard: once it is, the ones before it were handled too.
  await fakeBrowser.storage.local.set({ activeProfileId: 'p3' })
  expect(messages).toEqual([expect.objectContaining({ payload: { activeProfileId: 'p3' } })])
})

it('is quiet when no page is open to hear it', async () => {
  const failures: unknown[] = []
  const onUnhandled = (e: unknown) => failures.push(e)
  process.on('unhandledRejection', onUnhandled)
  try {
    broadcastActiveProfile()
    await fakeBrowser.storage.local.set({ activeProfileId: 'p2' })
    // A rejection nobody handles is reported after the microtasks that follow it: let them run.
    await new Promise((done) => setImmediate(done))
    expect(failures).toEqual([])
  } finally {
    process.off('unhandledRejection', onUnhandled)
  }
})
