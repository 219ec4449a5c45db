import { afterAll, beforeAll, describe, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'
import { badgeText, expectDemoFindings, flaggedIn, runDemo } from './traffic-steps.ts'

describe('deprecated calls from every tab (Firefox, no DevTools)', () => {
  let sandbox: RunningSandbox
  let ext: FirefoxExtension
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true })
    ext = await launchFirefox()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  it('lists the demo page’s deprecated calls in the popup, with the badge mark until the popup shows them', async () => {
    const tab = await ext.browser.newPage()
    await tab.goto(`${sandbox.origin}/__sandbox/demo`)
    await runDemo(tab, 'run-all', 6)

    const options = await ext.open('src/options/index.html')
    await pollUntil(async () => (await badgeText(options)).endsWith('•'), { what: 'the badge mark' })
    const popup = await ext.open('src/popup/index.html')
    const items = await pollUntil(async () => {
      const found = await flaggedIn(popup)
      return found.length === 3 ? found : undefined
    })
    expectDemoFindings(items, sandbox.origin)
    await pollUntil(async () => (await badgeText(options)) === '', { what: 'the badge mark to go' })

    await popup.click('flagged-clear')
    await pollUntil(async () => (await popup.count('flagged-request')) === 0, { what: 'the list to clear' })
    await Promise.all([popup.close(), options.close(), tab.close()])
  })
})
