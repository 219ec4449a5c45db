import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

// Secrets go only where the user sent them, and one click is one BILL call, in the real extension.

const POPUP = 'src/popup/index.html'
// A colleague's host, resolved by Chromium to a local socket that counts every connection (TLS or not).
const COLLEAGUE = 'colleague-bill.test'

describe('secrets and retried actions in Chromium', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  let listener: Server
  let connections = 0
  const qa = () => sandbox.accounts[0]!

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    listener = createServer((socket) => {
      connections++
      socket.destroy()
    }).listen(0, '127.0.0.1')
    await once(listener, 'listening')
    ext = await launchChromium({ args: [`--host-resolver-rules=MAP ${COLLEAGUE} 127.0.0.1`] })
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
    listener?.close()
  })

  const waitState = (p: UiPage, s: string) =>
    pollUntil(async () => (await p.attr('session-state', 'data-state')) === s, { what: `state ${s}` })
  const errorKind = (p: UiPage, kind: string) =>
    pollUntil(async () => (await p.attr('error', 'data-kind')) === kind, { what: `error ${kind}` })
  const billCalls = async (path: string) => {
    const log = (await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { path: string }[]
    return log.filter((r) => r.path === path).length
  }
  const delay = (path: string, delayMs: number) =>
    fetch(`${sandbox.origin}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path, mode: 'delay', delayMs }),
    })

  it('keeps an imported profile with an ungranted host as "needs access" and refuses to sign in there', async () => {
    const port = (listener.address() as AddressInfo).port
    const host = `https://${COLLEAGUE}:${port}`
    const file = {
      format: 'bill-sandbox-companion/profiles',
      version: 1,
      exportedAt: new Date().toISOString(),
      includesDevKeys: true,
      profiles: [
        {
          name: 'From a colleague',
          environment: 'custom',
          customBaseUrls: { v3: `${host}/connect`, v2: `${host}/api/v2` },
          api: 'v3',
          organizationId: qa().organizationId,
          devKey: qa().devKey,
          username: qa().username,
          authMethod: 'password',
          idleTimeoutSeconds: 1200,
        },
      ],
    }
    const options = await ext.open('src/options/index.html')
    const imported = await mustAsk(options, 'importProfiles', { json: JSON.stringify(file) })
    const id = imported.imported[0]!.id
    expect(imported.needsAccess).toEqual([id])
    await mustAsk(options, 'setActiveProfile', { id })
    await options.page.reload()
    await options.waitForTestId('profile-needs-access')
    await options.close()

    const popup = await ext.open(POPUP)
    await waitState(popup, 'signed-out')
    await popup.select('profile-select', id)
    await popup.fill('signin-secret', qa().password)
    await popup.click('signin-submit')
    await errorKind(popup, 'host-not-granted')
    expect(await popup.text('error')).toContain(COLLEAGUE)
    await waitState(popup, 'signed-out')
    const opened = ext.context.waitForEvent('page')
    await popup.click('error-grant-access')
    expect((await opened).url()).toMatch(/src\/options\/index\.html#grant$/)
    expect(connections).toBe(0)
    await popup.close()
  })

  it('signs in and sends one code once each when the worker is stopped during the BILL call', async () => {
    const setup = await ext.open('src/options/index.html')
    const profileId = await createSandboxProfile(setup, sandbox, qa())
    await setup.close()
    const popup = await ext.open(POPUP)
    await waitState(popup, 'signed-out')
    await popup.select('profile-select', profileId)
    await popup.fill('signin-secret', qa().password)

    await delay('/connect/v3/login', 2500)
    await popup.click('signin-submit')
    await new Promise((r) => setTimeout(r, 400))
    await ext.stopServiceWorker()
    await errorKind(popup, 'interrupted')
    await pollUntil(async () => (await billCalls('/connect/v3/login')) === 1, { what: 'the delayed login' })
    await new Promise((r) => setTimeout(r, 500))
    expect(await billCalls('/connect/v3/login')).toBe(1)
    await waitState(popup, 'signed-out')

    await popup.fill('signin-secret', qa().password)
    await popup.click('signin-submit')
    await waitState(popup, 'active')
    await delay('/connect/v3/mfa/challenge', 2500)
    await popup.click('mfa-send')
    await new Promise((r) => setTimeout(r, 400))
    await ext.stopServiceWorker()
    await errorKind(popup, 'interrupted')
    await pollUntil(async () => (await billCalls('/connect/v3/mfa/challenge')) === 1, {
      what: 'the delayed challenge',
    })
    await new Promise((r) => setTimeout(r, 500))
    expect(await billCalls('/connect/v3/mfa/challenge')).toBe(1)
    expect(await billCalls('/connect/v3/login')).toBe(2)
    await popup.close()
  })

  it('ends signed out when the worker is stopped during sign-out, and BILL ends the session', async () => {
    const popup = await ext.open(POPUP)
    await waitState(popup, 'active')
    const { sessionId } = await mustAsk(popup, 'revealSessionId', undefined)
    await delay('/connect/v3/logout', 2500)
    await popup.click('signout')
    await new Promise((r) => setTimeout(r, 400))
    await ext.stopServiceWorker()
    await waitState(popup, 'signed-out')
    // BILL no longer knows the session (the woken worker finished the sign-out).
    await pollUntil(
      async () =>
        (
          await fetch(`${sandbox.v3Base}/v3/login/session`, {
            headers: { sessionId, devKey: qa().devKey },
          })
        ).status === 401,
      { what: 'BILL to end the session' },
    )
    await popup.reload()
    await waitState(popup, 'signed-out')
    await popup.close()
  })
})
