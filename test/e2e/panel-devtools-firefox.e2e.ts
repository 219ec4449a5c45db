import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { LOCAL_FIREFOX_DIST } from './harness/browsers.ts'
import { type BidiFirefox, launchBidiFirefox } from './harness/firefox-bidi.ts'
import { pollUntil } from './harness/poll.ts'

// The "BILL" panel inside real Firefox DevTools (docs/testing.md): Firefox's remote agent with system access
// opens the toolbox from the browser window's privileged scope, the demo page is clicked over BiDi, and a frame
// script reads the panel document (BiDi cannot address it).

const DEVTOOLS = `const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs')
  const { gDevTools } = require('devtools/client/framework/devtools')`

/**
 * Runs a frame script in the panel's <browser> and returns what it passes to reply(text). The listener is made
 * afresh in each evaluation: one left from an earlier evaluation no longer runs.
 */
function inPanel(ff: BidiFirefox, frameScript: string) {
  return ff.chrome<string | null>(`
    const iframe = globalThis.__billToolbox.doc.querySelector('iframe[id*="webext-devtools-panel"]')
    const browser = iframe?.contentDocument?.querySelector('browser')
    if (!browser) return null
    const name = 'bill-panel-' + Math.random().toString(36).slice(2)
    let reply = null
    const listener = (m) => { reply = m.data }
    browser.messageManager.addMessageListener(name, listener)
    // A block: frame scripts loaded into one <browser> share a global scope.
    const src = '{ const reply = (text) => sendAsyncMessage(' + JSON.stringify(name) + ', text); ' + ${JSON.stringify(frameScript)} + '}'
    browser.messageManager.loadFrameScript('data:,' + encodeURIComponent(src), false)
    for (let i = 0; i < 50 && reply === null; i++) await new Promise((r) => setTimeout(r, 20))
    browser.messageManager.removeMessageListener(name, listener)
    return reply`)
}

// Frame scripts see the panel through Xray wrappers, where a NodeList is not iterable: index it.
const ALL = `const all = (sel) => { const l = content.document.querySelectorAll(sel), out = []
  for (let i = 0; i < l.length; i++) out.push(l.item(i)); return out }\n`
const ROWS = `${ALL}reply(JSON.stringify(all('[data-testid="request-row"]').map(
  (r) => r.getAttribute('data-endpoint') + ' ' + r.getAttribute('data-severity'))))`

describe('DevTools panel in real DevTools (Firefox ESR)', () => {
  let sandbox: RunningSandbox
  let ff: BidiFirefox
  let page: string

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    ff = await launchBidiFirefox()
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: LOCAL_FIREFOX_DIST } })
    const demo = `${sandbox.origin}/__sandbox/demo`
    await ff.chrome(`gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(demo)},
      { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() })`)
    page = await pollUntil(async () => {
      const tree = await ff.send<{ contexts: { context: string; url: string }[] }>(
        'browsingContext.getTree',
        {},
      )
      return tree.contexts.find((c) => c.url === demo)?.context
    })
    await pollUntil(() =>
      ff.content<boolean>(
        page,
        `return document.readyState === 'complete' && !!document.querySelector('#run-all')`,
      ),
    )
  })
  afterAll(async () => {
    await ff?.close()
    await sandbox?.close()
  })

  const click = async (button: string, calls: number) => {
    await ff.content(page, `document.querySelector('#${button}').click()`)
    await pollUntil(
      () =>
        ff.content<boolean>(
          page,
          `return document.querySelector('#status')?.textContent === 'done' && document.querySelectorAll('#log li').length >= ${calls}`,
        ),
      { what: `the demo's ${button}` },
    )
  }
  const rows = async () => JSON.parse((await inPanel(ff, ROWS)) ?? '[]') as string[]

  it('flags the v2 and v3 backup-phone calls, including those made before the panel was first shown', async () => {
    // DevTools opens on the console: the extension's devtools page runs, the BILL panel is not shown yet.
    await ff.chrome(`${DEVTOOLS}
      globalThis.__billToolbox = await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: 'webconsole' })`)
    const tool = await pollUntil(
      () =>
        ff.chrome<string | undefined>(
          `return globalThis.__billToolbox.getAdditionalTools().find((t) => t.label === 'BILL')?.id`,
        ),
      { what: 'the BILL panel to be registered', timeoutMs: 30_000 },
    )
    await click('v3-challenge-backup', 2)
    await ff.chrome(`await globalThis.__billToolbox.selectTool(${JSON.stringify(tool)})`)
    await pollUntil(async () => (await rows()).includes('v3.mfa.challenge error'), {
      what: 'the call made before the panel was shown',
      timeoutMs: 30_000,
    })

    await click('v3-setup-secondary', 3)
    await click('v2-challenge-backup', 5)
    await click('v3-challenge', 6)
    const seen = await pollUntil(
      async () => {
        const r = await rows()
        return ['v3.mfa.setup error', 'v2.mfa.challenge error', 'v3.mfa.challenge none'].every((x) =>
          r.includes(x),
        )
          ? r
          : undefined
      },
      { what: 'the v2 and v3 MFA calls to be flagged' },
    )
    expect(seen.filter((r) => r.startsWith('v3.mfa.challenge '))).toHaveLength(2)
    expect(seen).toContain('v2.login none')

    const detail = await pollUntil(async () => {
      const text = await inPanel(
        ff,
        `${ALL}content.document.querySelector('[data-endpoint="v2.mfa.challenge"]')?.click()
        reply(JSON.stringify(all('[data-testid="finding"]').map((f) => f.getAttribute('data-rule-id'))))`,
      )
      const ids = JSON.parse(text ?? '[]') as string[]
      return ids.length ? ids : undefined
    })
    expect(detail).toEqual(['mfa-challenge-backup-phone', 'deprecated-field-rejected'])
  })
})
