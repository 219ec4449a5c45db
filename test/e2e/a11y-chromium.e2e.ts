import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { billTraffic } from '../fixtures/panel/traffic.ts'
import { checkAllStates, type Results } from './a11y-scenarios.ts'
import { axeViolations, describeViolations } from './harness/axe.ts'
import { launchChromium, playwrightUiPage } from './harness/chromium.ts'
import { installDevtoolsStandIn } from './harness/devtools-stand-in.ts'
import { pollUntil } from './harness/poll.ts'

// axe-core over every listed state of the popup, the options page and the panel, light and dark: 0 violations.

describe.each(['light', 'dark'] as const)('accessibility in Chromium (%s)', (scheme) => {
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
  })
  afterAll(() => sandbox?.close())

  it('has no axe violation in any state', async () => {
    const ext = await launchChromium({ colorScheme: scheme })
    try {
      const results: Results = await checkAllStates((path) => ext.open(path), sandbox)
      const page = await ext.context.newPage()
      await page.addInitScript(installDevtoolsStandIn, {
        har: billTraffic(),
        theme: (scheme === 'dark' ? 'dark' : 'default') as 'dark' | 'default',
      })
      await page.goto(new URL('src/devtools/panel.html', ext.baseUrl).href)
      const panel = playwrightUiPage(page)
      await pollUntil(async () => (await panel.count('request-row')) > 3, { what: 'panel rows' })
      results['panel: rows'] = await axeViolations(page)
      await page.locator('[data-testid="request-row"][data-severity="error"]').first().click()
      await panel.waitForTestId('finding')
      results['panel: details open'] = await axeViolations(page)

      const counts = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.length]))
      console.info(`axe (Chromium, ${scheme}): ${JSON.stringify(counts)}`)
      const all = Object.entries(results).flatMap(([state, v]) =>
        v.length ? [`${state}:\n${describeViolations(v)}`] : [],
      )
      expect(all.join('\n'), 'axe violations').toBe('')
      expect(Object.keys(results)).toHaveLength(14)
    } finally {
      await ext.close()
    }
  })
})
