import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { controlValue, freshOptions, waitForCount } from './options-steps.ts'

// The local build's "New local sandbox profile" preset follows the sandbox that runs, whatever its port: it
// fills the organization, the user and the dev key from the sandbox's accounts (never its passwords), says
// when no sandbox answers, and the first profile saved becomes the active one.

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}

describe('options: the local sandbox preset in Chromium', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true }) // any free port, as npm start when 4010 is taken
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  it('fills the form from the running sandbox, says when none answers, and the first save becomes active', async () => {
    const qa = sandbox.accounts[0]!
    const page = await freshOptions((path) => ext.open(path))
    await page.click('profile-preset-local')
    await page.waitForTestId('profile-sandbox-fill')

    // Nothing listens there: the form says so and names the URL it tried.
    const closed = await closedPort()
    await page.fill('profile-v3-base', `http://127.0.0.1:${closed}/connect`)
    await page.click('profile-sandbox-fill')
    await pollUntil(async () =>
      (await page.text('profile-sandbox-note')).includes(`No sandbox answered at http://127.0.0.1:${closed}`),
    )
    expect(await controlValue(page, 'profile-org-id')).toBe('')

    // The sandbox that runs, on the port it got.
    await page.fill('profile-v3-base', `${sandbox.v3Base}`)
    await page.click('profile-sandbox-fill')
    await pollUntil(async () => (await controlValue(page, 'profile-org-id')) === qa.organizationId, {
      what: 'the organization from the sandbox',
    })
    expect(await controlValue(page, 'profile-username')).toBe(qa.username)
    expect(await controlValue(page, 'profile-dev-key')).toBe(qa.devKey)
    expect(await controlValue(page, 'profile-v2-base')).toBe(sandbox.v2Base)
    expect(await page.text('profile-sandbox-note')).toContain(`Filled from the sandbox at ${sandbox.origin}`)
    // The sandbox lists passwords too: none reaches the page.
    const everything = await page.evaluate(() =>
      [document.body.innerText, ...[...document.querySelectorAll('input')].map((i) => i.value)].join('\n'),
    )
    for (const a of sandbox.accounts) expect(everything).not.toContain(a.password)

    await page.click('profile-save')
    await waitForCount(page, 'profile-item', 1)
    await page.waitForTestId('profile-active-marker')
    expect(await page.attr('profile-item', 'data-active')).toBe('true')
    await page.close()
  })
})
