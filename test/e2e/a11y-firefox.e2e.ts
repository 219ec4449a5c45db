import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { checkAllStates } from './a11y-scenarios.ts'
import { describeViolations } from './harness/axe.ts'
import { launchFirefox } from './harness/firefox.ts'

// axe-core over the popup, options and (empty) panel states in Firefox, light and dark: 0 violations. The panel
// with rows needs the devtools API, which Firefox gives only inside its toolbox (docs/testing.md).

describe.each(['light', 'dark'] as const)('accessibility in Firefox (%s)', (scheme) => {
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
  })
  afterAll(() => sandbox?.close())

  it('has no axe violation in any state', async () => {
    const ext = await launchFirefox({ colorScheme: scheme })
    try {
      const probe = await ext.open('src/options/index.html')
      expect(await probe.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      )
      await probe.close()
      const results = await checkAllStates((path) => ext.open(path), sandbox)
      const counts = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.length]))
      console.info(`axe (Firefox, ${scheme}): ${JSON.stringify(counts)}`)
      const all = Object.entries(results).flatMap(([state, v]) =>
        v.length ? [`${state}:\n${describeViolations(v)}`] : [],
      )
      expect(all.join('\n'), 'axe violations').toBe('')
      expect(Object.keys(results)).toHaveLength(12)
    } finally {
      await ext.close()
    }
  })
})
