import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

// The live session handed to Postman and curl, the "N minutes before" warning, and keep-alive, end to end in
// Chromium against the sandbox over real HTTP.

const POPUP = 'src/popup/index.html'
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(255)

describe('session hand-off, expiry warning and keep-alive in Chromium', () => {
  let ext: ChromiumExtension
  let sandbox: RunningSandbox
  let setup: UiPage
  const qa = () => sandbox.accounts[0]!

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ext = await launchChromium()
    setup = await ext.open('src/options/index.html')
  })
  afterAll(async () => {
    await ext?.close()
    await sandbox?.close()
  })

  const badge = () =>
    ext.worker.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      colour: await chrome.action.getBadgeBackgroundColor({}),
    }))
  // Chromium grants no clipboard-read to extension origins from Playwright: record what the page writes
  // (the real writeText still runs, so a refused copy fails the test).
  const recordClipboard = (p: UiPage) =>
    p.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard)
      const w = window as unknown as { copied: string }
      w.copied = ''
      navigator.clipboard.writeText = async (text: string) => {
        await write(text)
        w.copied = text
      }
    })
  const clipboard = (p: UiPage) => p.evaluate(() => (window as unknown as { copied: string }).copied)

  async function signIn(profileId: string) {
    const view = await mustAsk(setup, 'signIn', { profileId, secret: qa().password })
    expect(view.state).toBe('active')
  }

  it('copies a Postman environment and a curl command after asking, and offers keep-alive', async () => {
    await signIn(await createSandboxProfile(setup, sandbox, qa()))
    const popup = await ext.open(POPUP)
    await popup.waitForTestId('copy-postman-env')
    await recordClipboard(popup)
    await popup.click('copy-postman-env')
    await popup.waitForTestId('handoff-ask')
    expect(await popup.text('handoff-ask')).toMatch(/only calls the extension can see/)
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'handoff-confirm',
    )
    // Nothing is copied before the user confirms.
    expect(await clipboard(popup)).toBe('')
    await pollUntil(async () => (await popup.attr('handoff-keep-alive', 'disabled')) === null)
    await popup.click('handoff-keep-alive')
    await pollUntil(async () => (await mustAsk(setup, 'getPreferences', undefined)).keepAliveEnabled)
    await popup.click('handoff-confirm')
    await pollUntil(async () => (await popup.text('handoff-status')).startsWith('Copied a Postman'))
    const env = JSON.parse(await clipboard(popup)) as {
      _postman_variable_scope: string
      values: { key: string; value: string; type: string }[]
    }
    const { sessionId } = await mustAsk(setup, 'revealSessionId', undefined)
    const vars = Object.fromEntries(env.values.map((v) => [v.key, v]))
    expect(env._postman_variable_scope).toBe('environment')
    expect(vars.baseUrl?.value).toBe(sandbox.v3Base)
    expect(vars.session_id).toMatchObject({ value: sessionId, type: 'secret' })
    expect(vars.developer_key).toMatchObject({ value: qa().devKey, type: 'secret' })

    await popup.click('copy-curl')
    await popup.waitForTestId('handoff-confirm')
    await popup.click('handoff-confirm')
    await pollUntil(async () => (await clipboard(popup)).startsWith('curl '))
    const { stdout } = await promisify(execFile)('sh', ['-c', `${await clipboard(popup)} -s --max-time 10`])
    expect(JSON.parse(stdout)).toMatchObject({ organizationId: qa().organizationId })
    await mustAsk(setup, 'setPreferences', { keepAliveEnabled: false })
    await mustAsk(setup, 'signOut', undefined)
    await popup.close()
  })

  it('warns N minutes before the idle timeout: notification and badge colour', async () => {
    // 190 s of idle time and a 3-minute warning: the warning is due 10 s after sign-in.
    const id = await createSandboxProfile(setup, sandbox, qa(), { name: 'Short', idleTimeoutSeconds: 190 })
    await mustAsk(setup, 'setPreferences', { warnMinutesBefore: 3, notificationsEnabled: true })
    await ext.worker.evaluate(() => chrome.notifications.clear('session-warning'))
    await signIn(id)
    expect(await badge()).toEqual({ text: '3m', colour: rgb('#137333') })
    await pollUntil(
      async () => Object.keys(await ext.worker.evaluate(() => chrome.notifications.getAll())).length > 0,
      { timeoutMs: 30_000, what: 'the warning notification' },
    )
    const shown = await ext.worker.evaluate(() => chrome.notifications.getAll())
    expect(Object.keys(shown)).toEqual(['session-warning'])
    const after = await pollUntil(
      async () => {
        const b = await badge()
        return JSON.stringify(b.colour) === JSON.stringify(rgb('#b06000')) ? b : undefined
      },
      { what: 'the badge to turn amber' },
    )
    expect(after.text).toMatch(/^[23]m$/)
    await mustAsk(setup, 'signOut', undefined)
  })

  it('pings BILL before the end, which keeps the session alive on the sandbox’s side', async () => {
    const idleSeconds = 70
    const short = await startSandbox({ quiet: true, idleTimeoutSeconds: idleSeconds })
    try {
      const id = await createSandboxProfile(setup, short, qa(), {
        name: 'Keep-alive',
        idleTimeoutSeconds: idleSeconds,
      })
      await mustAsk(setup, 'setPreferences', { keepAliveEnabled: true, keepAliveMaxPings: 1 })
      await signIn(id)
      // A second session of the same user that nobody keeps alive: the control.
      const control = await login(short)
      type Logged = { at: string; method: string; path: string; status: number }
      const log = async () => (await (await fetch(`${short.origin}/__sandbox/requests`)).json()) as Logged[]
      const ping = await pollUntil(
        async () => (await log()).find((r) => r.method === 'GET' && r.path === '/connect/v3/login/session'),
        { timeoutMs: 30_000, what: 'the keep-alive ping (due 60 s before the end)' },
      )
      expect(ping.status).toBe(200)
      const signedInAt = Date.parse((await log()).find((r) => r.path === '/connect/v3/login')!.at)
      expect(Date.parse(ping.at) - signedInAt).toBeGreaterThan(5_000)
      // Move the sandbox's clock to 3 s before the pinged session would end: the control has idled out.
      const now = ((await (await fetch(`${short.origin}/__sandbox/clock`)).json()) as { epochMs: number })
        .epochMs
      const advanceMs = Date.parse(ping.at) + idleSeconds * 1000 - 3_000 - now
      await fetch(`${short.origin}/__sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMs }),
      })
      const { sessionId } = await mustAsk(setup, 'revealSessionId', undefined)
      expect(await sessionInfo(short, sessionId)).toBe(200)
      expect(await sessionInfo(short, control)).toBe(401)
      // The ping's history event is written after its answer is handled: wait for it, do not race it.
      await pollUntil(
        async () => (await mustAsk(setup, 'listEvents', { limit: 5 })).some((e) => e.kind === 'keep-alive'),
        { timeoutMs: 10_000, what: 'the keep-alive event in the history' },
      )
      await mustAsk(setup, 'signOut', undefined)
    } finally {
      await mustAsk(setup, 'setPreferences', { keepAliveEnabled: false })
      await short.close()
    }
  })

  async function login(s: RunningSandbox): Promise<string> {
    const res = await fetch(`${s.v3Base}/v3/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: qa().username,
        password: qa().password,
        organizationId: qa().organizationId,
        devKey: qa().devKey,
      }),
    })
    return ((await res.json()) as { sessionId: string }).sessionId
  }
  async function sessionInfo(s: RunningSandbox, sessionId: string): Promise<number> {
    const res = await fetch(`${s.v3Base}/v3/login/session`, { headers: { sessionId, devKey: qa().devKey } })
    return res.status
  }
})
