import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type FirefoxExtension, launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'
import { mustAsk } from './harness/protocol.ts'

// Firefox grants host permissions its own way (MV3 host permissions are optional there): the check must hold.

describe('ungranted hosts in Firefox', () => {
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

  it('marks an imported profile with an ungranted host and refuses to sign in there', async () => {
    const qa = sandbox.accounts[0]!
    const host = 'https://colleague-bill.test'
    const profile = {
      name: 'From a colleague',
      environment: 'custom',
      customBaseUrls: { v3: `${host}/connect`, v2: `${host}/api/v2` },
      api: 'v3',
      organizationId: qa.organizationId,
      devKey: qa.devKey,
      username: qa.username,
      authMethod: 'password',
      idleTimeoutSeconds: 1200,
    }
    const json = JSON.stringify({
      format: 'bill-sandbox-companion/profiles',
      version: 1,
      exportedAt: new Date().toISOString(),
      includesDevKeys: true,
      profiles: [profile],
    })
    const options = await ext.open('src/options/index.html')
    const imported = await mustAsk(options, 'importProfiles', { json })
    const id = imported.imported[0]!.id
    expect(imported.needsAccess).toEqual([id])
    await mustAsk(options, 'setActiveProfile', { id })
    await options.reload()
    await options.waitForTestId('profile-needs-access')
    await options.close()

    const popup = await ext.open('src/popup/index.html')
    await popup.waitForTestId('profile-select')
    await popup.select('profile-select', id)
    await popup.fill('signin-secret', qa.password)
    await popup.click('signin-submit')
    await pollUntil(async () => (await popup.attr('error', 'data-kind')) === 'host-not-granted', {
      what: 'host-not-granted',
    })
    await popup.waitForTestId('error-grant-access')
    expect(await popup.attr('session-state', 'data-state')).toBe('signed-out')
    await popup.close()
  })
})
