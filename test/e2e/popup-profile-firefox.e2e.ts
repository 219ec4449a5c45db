import { afterAll, beforeAll, describe } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { pickedProfileScenarios } from './popup-profile-scenarios.ts'

describe('the popup signs in to the profile the user picked (Firefox)', () => {
  let ext: FirefoxExtension
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchFirefox()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  pickedProfileScenarios(() => ({ open: (path) => ext.open(path), sandbox }))
})
