import { afterAll, beforeAll, describe } from 'vitest'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { optionsScenarios } from './options-scenarios.ts'

describe('options page in Firefox', () => {
  let ext: FirefoxExtension
  beforeAll(async () => {
    ext = await launchFirefox()
  })
  afterAll(async () => {
    await ext?.close()
  })

  optionsScenarios(() => (path) => ext.open(path))
})
