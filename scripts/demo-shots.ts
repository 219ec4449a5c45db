// The headless demo: walks sign-in and SMS MFA in the popup, shows the expiry warning, the options page, and
// the "BILL" panel inside real DevTools (docked to the side at its default width) with the sandbox demo
// page's deprecated calls flagged and one finding open, and the stand-alone HAR inspector. One PNG per view.
import type { RunningSandbox } from '../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from '../test/e2e/harness/chromium.ts'
import { launchWithDevtools, panelTabId, runDemo, showPanel } from '../test/e2e/harness/devtools-chromium.ts'
import { pollUntil } from '../test/e2e/harness/poll.ts'
import { createSandboxProfile, latestSms, mustAsk } from '../test/e2e/harness/protocol.ts'

type Stoppers = { add(stop: () => Promise<void>): void }

/** The stand-alone HAR inspector at `size`, with Chrome's export of the QA page open and the login's findings shown. */
export async function openHarInspector(ext: ChromiumExtension, size: { width: number; height: number }) {
  const inspector = await ext.open('src/devtools/panel.html')
  await inspector.page.setViewportSize(size)
  await inspector.page.locator('[data-testid="har-open"]').setInputFiles('test/fixtures/lint/chrome.har')
  await inspector.page.locator('[data-testid="request-row"][data-endpoint="v2.login"]').click()
  await inspector.waitForTestId('finding')
  return inspector
}

export async function saveScreenshots(sandbox: RunningSandbox, dir: string, stoppers: Stoppers) {
  const saved: string[] = []
  const file = (name: string) => {
    saved.push(`${dir}/${name}.png`)
    return `${dir}/${name}.png`
  }
  const qa = sandbox.accounts[0]!

  const ext = await launchChromium({ headless: true })
  stoppers.add(() => ext.close())
  const setup = await ext.open('src/options/index.html')
  // The profile idles out when the sandbox does (35 minutes by default), as a profile from the preset would.
  const profileId = await createSandboxProfile(setup, sandbox, qa, {
    name: 'Local sandbox (qa@example.com)',
    idleTimeoutSeconds: sandbox.state.options.idleTimeoutMs / 1000,
  })
  const popup = await ext.open('src/popup/index.html')
  await popup.page.setViewportSize({ width: 360, height: 560 })
  const state = (s: string) => async () => (await popup.attr('session-state', 'data-state')) === s
  await pollUntil(state('signed-out'))
  await popup.screenshot(file('popup-signed-out'))
  await popup.fill('signin-secret', qa.password)
  await popup.click('signin-submit')
  await pollUntil(state('active'))
  const before = Date.now() - 1000
  await popup.click('mfa-send')
  await popup.waitForTestId('mfa-code')
  await popup.screenshot(file('popup-mfa-code'))
  const sms = await pollUntil(() => latestSms(sandbox.origin, before))
  await popup.fill('mfa-code', sms.code)
  await pollUntil(async () => (await popup.attr('session-trusted', 'data-trusted')) === 'true')
  await popup.screenshot(file('popup-trusted'))

  // The demo page's deprecated calls, seen from an ordinary tab, listed in the popup.
  const demo = await ext.context.newPage()
  await demo.goto(`${sandbox.origin}/__sandbox/demo`)
  await demo.click('#run-all')
  await pollUntil(() =>
    demo.evaluate(
      () =>
        document.querySelector('#status')?.textContent === 'done' &&
        document.querySelectorAll('#log li').length >= 6,
    ),
  )
  await demo.close()
  await popup.reload()
  await pollUntil(async () => (await popup.count('flagged-request')) >= 3, {
    what: 'the flagged calls in the popup',
  })
  await popup.page.setViewportSize({ width: 380, height: 640 })
  await popup.page.screenshot({ path: file('popup-flagged'), fullPage: true })
  await popup.page.setViewportSize({ width: 360, height: 560 })

  // A session about to idle out: a custom profile with a four-minute timeout, signed in.
  await mustAsk(setup, 'signOut', undefined)
  const short = await createSandboxProfile(setup, sandbox, qa, {
    name: 'Short idle timeout (4 min)',
    idleTimeoutSeconds: 245,
  })
  await mustAsk(setup, 'signIn', { profileId: short, secret: qa.password })
  await pollUntil(state('active'))
  await pollUntil(async () => /^0[34]:/.test(await popup.text('session-countdown')))
  await popup.screenshot(file('popup-expiry-warning'))
  await mustAsk(setup, 'setActiveProfile', { id: profileId })
  await setup.page.setViewportSize({ width: 1100, height: 900 })
  await setup.reload()
  await setup.waitForTestId('profile-list')
  await setup.screenshot(file('options'))

  await (await openHarInspector(ext, { width: 1100, height: 640 })).screenshot(file('har-inspector'))
  await ext.close()

  // The panel in real DevTools, open on the sandbox's QA demo page.
  const { browser, page, devtools } = await launchWithDevtools(`${sandbox.origin}/__sandbox/demo`)
  stoppers.add(() => browser.close())
  await devtools.setViewport({ width: 1280, height: 720 })
  const tab = await panelTabId(devtools)
  await runDemo(page, 'v3-challenge-backup', 2) // before the tab is first shown: backfilled
  const panel = await showPanel(devtools, tab)
  await runDemo(page, 'v3-setup-secondary', 3)
  await runDemo(page, 'v2-challenge-backup', 5)
  await runDemo(page, 'v3-challenge', 6)
  await pollUntil(() =>
    panel.evaluate(() => document.querySelector('[data-endpoint="v2.mfa.challenge"]') !== null),
  )
  await panel.evaluate(() =>
    (document.querySelector('[data-endpoint="v2.mfa.challenge"]') as HTMLElement | null)?.click(),
  )
  await pollUntil(() => panel.evaluate(() => document.querySelector('[data-testid="finding"]') !== null))
  // DevTools docked to the side at its default width: the shot is DevTools alone, tab bar and panel.
  const panelWidth = await panel.evaluate(() => window.innerWidth)
  await devtools.screenshot({
    path: file('panel') as `${string}.png`,
    clip: { x: 1280 - panelWidth, y: 0, width: panelWidth, height: 720 },
  })
  await browser.close()
  return saved
}
