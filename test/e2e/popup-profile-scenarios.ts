import { beforeAll, expect, it } from 'vitest'
import type { RunningSandbox } from '../../sandbox/server.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

const POPUP = 'src/popup/index.html'

type Open = (path: string) => Promise<UiPage>

// Issue 19, item 1, the same in Chromium and Firefox: the profile the user picks in the popup is the one signed
// in to, whatever happened in between (a refused password, a sign-out), even though another profile was active
// when the popup opened.
export function pickedProfileScenarios(context: () => { open: Open; sandbox: RunningSandbox }) {
  let profileA: string
  let profileB: string
  const open: Open = (path) => context().open(path)

  // Runs after the caller's beforeAll, which launched the browser and the sandbox.
  beforeAll(async () => {
    const { sandbox } = context()
    const setup = await open('src/options/index.html')
    profileB = await createSandboxProfile(setup, sandbox, sandbox.accounts[2]!, { name: 'Profile B' })
    // A is made active last: it is the active profile when the popup opens.
    profileA = await createSandboxProfile(setup, sandbox, sandbox.accounts[0]!, { name: 'Profile A' })
    await setup.close()
  })

  const state = (p: UiPage) => p.attr('session-state', 'data-state')
  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await state(p)) === s, { what: `state ${s}` })
  /** Signed out, and the picker drawn (the profiles may arrive after the session). */
  const waitSignedOut = async (p: UiPage) => {
    await waitState(p, 'signed-out')
    await p.waitForTestId('profile-select')
  }
  const picked = (p: UiPage) => p.evaluate(() => document.querySelector('select')?.value)

  /** Signed out, with A active: the state each journey starts from. */
  async function startFromA() {
    const page = await open('src/options/index.html')
    await mustAsk(page, 'signOut', undefined)
    await mustAsk(page, 'setActiveProfile', { id: profileA })
    await page.close()
  }

  async function submit(popup: UiPage, password: string) {
    await popup.fill('signin-secret', password)
    await popup.click('signin-submit')
  }

  it('keeps profile B after a wrong password, and signs in to B with the right one', async () => {
    await startFromA()
    const popup = await open(POPUP)
    await waitSignedOut(popup)
    expect(await picked(popup)).toBe(profileA)
    await popup.select('profile-select', profileB)
    await submit(popup, 'not-the-password')
    await popup.waitForTestId('error')
    await waitSignedOut(popup)
    expect(await picked(popup)).toBe(profileB)

    await submit(popup, context().sandbox.accounts[2]!.password)
    await waitState(popup, 'active')
    const view = await mustAsk(popup, 'getSession', undefined)
    expect(view).toMatchObject({ state: 'active', profileId: profileB, profileName: 'Profile B' })
    await popup.close()
  })

  it('keeps profile B picked after signing out of it', async () => {
    await startFromA()
    const popup = await open(POPUP)
    await waitSignedOut(popup)
    await popup.select('profile-select', profileB)
    await submit(popup, context().sandbox.accounts[2]!.password)
    await waitState(popup, 'active')
    await popup.click('signout')
    await waitSignedOut(popup)
    expect(await picked(popup)).toBe(profileB)
    await popup.close()
  })

  it('follows the active profile chosen on another page until the user picks one here', async () => {
    await startFromA()
    const popup = await open(POPUP)
    await waitSignedOut(popup)
    expect(await picked(popup)).toBe(profileA)
    const options = await open('src/options/index.html')
    await mustAsk(options, 'setActiveProfile', { id: profileB })
    await pollUntil(async () => (await picked(popup)) === profileB, { what: 'the picker to show B' })
    // Once the user has picked, the choice stays whatever becomes active elsewhere.
    await popup.select('profile-select', profileA)
    await popup.evaluate(() => {
      const page = globalThis as { heardActive?: string | null }
      chrome.runtime.onMessage.addListener((m: { event?: string; payload?: { activeProfileId: string } }) => {
        if (m.event === 'activeProfileChanged') page.heardActive = m.payload?.activeProfileId ?? null
      })
    })
    await mustAsk(options, 'setActiveProfile', { id: profileA })
    await mustAsk(options, 'setActiveProfile', { id: profileB })
    await options.close()
    // The popup heard B become active, and kept the user's pick.
    await pollUntil(
      async () =>
        (await popup.evaluate(() => (globalThis as { heardActive?: string }).heardActive)) === profileB,
      { what: 'the popup to hear B become active' },
    )
    expect(await picked(popup)).toBe(profileA)
    await popup.close()
  })
}
