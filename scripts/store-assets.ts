// npm run store-assets [-- --out DIR]: the images the Chrome Web Store and addons.mozilla.org ask for, under
// artifacts/store/ by default: 1280×800 screenshots of the popup, the side view, the DevTools panel (as the HAR
// inspector, the same page) and the options page, the 440×280 tile and the 128 px icon. Needs the local build
// (npm run build:local); runs the local sandbox and headless Chromium as `npm start -- --screenshots` does.
import { copyFileSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { startSandbox } from '../sandbox/server.ts'
import { pollUntil } from '../test/e2e/harness/poll.ts'
import { createSandboxProfile, latestSms } from '../test/e2e/harness/protocol.ts'
import { launchChromiumWithPanels } from '../test/e2e/harness/side-panel-chromium.ts'
import { openHarInspector } from './demo-shots.ts'
import { besidePage, onCanvas, tile } from './store-compose.ts'

const at = process.argv.indexOf('--out')
const out = resolve(at >= 0 ? (process.argv[at + 1] ?? '') : 'artifacts/store')
mkdirSync(`${out}/parts`, { recursive: true })
const file = (name: string) => `${out}/${name}.png`
const part = (name: string) => `${out}/parts/${name}.png`

const sandbox = await startSandbox({ quiet: true })
const chromium = await launchChromiumWithPanels()
const { ext } = chromium
try {
  const qa = sandbox.accounts[0]!
  const setup = await ext.open('src/options/index.html')
  await createSandboxProfile(setup, sandbox, qa, { name: 'Sandbox QA', idleTimeoutSeconds: 2100 })

  // The popup walking SMS MFA.
  const popup = await ext.open('src/popup/index.html')
  await popup.page.setViewportSize({ width: 360, height: 600 })
  const state = (p: typeof popup, s: string) => async () =>
    (await p.attr('session-state', 'data-state')) === s
  await pollUntil(state(popup, 'signed-out'))
  await popup.fill('signin-secret', qa.password)
  await popup.click('signin-submit')
  await pollUntil(state(popup, 'active'))
  const before = Date.now() - 1000
  await popup.click('mfa-send')
  await popup.waitForTestId('mfa-code')
  await pollUntil(() => latestSms(sandbox.origin, before))
  await popup.page.screenshot({ path: part('popup'), fullPage: true })
  await onCanvas(
    ext.context,
    part('popup'),
    'Sign in, watch the idle clock and walk SMS MFA from the toolbar.',
    file('popup-1280x800'),
  )

  // The side view beside the QA demo page, whose deprecated calls it lists.
  await popup.click('open-side-view')
  const side = await chromium.sidePanel()
  const demo = await ext.context.newPage()
  await demo.setViewportSize({ width: 920, height: 800 })
  await demo.goto(`${sandbox.origin}/__sandbox/demo`)
  await demo.click('#run-all')
  await pollUntil(async () => (await side.count('flagged-request')) >= 3, {
    what: 'flagged calls in the side view',
  })
  await demo.screenshot({ path: part('demo-page') })
  await side.page.setViewport({ width: 360, height: 800 })
  await side.screenshot(part('side-view'))
  await besidePage(ext.context, part('demo-page'), part('side-view'), file('side-view-1280x800'))

  // The panel, as the stand-alone HAR inspector with a recorded export open and one finding shown.
  const panel = await openHarInspector(ext, { width: 1280, height: 800 })
  await panel.screenshot(file('panel-1280x800'))

  await setup.page.setViewportSize({ width: 1280, height: 800 })
  await setup.reload()
  await setup.waitForTestId('profile-list')
  await setup.screenshot(file('options-1280x800'))

  copyFileSync('public/icons/icon-128.png', file('icon-128'))
  await tile(ext.context, 'public/icons/icon-128.png', file('tile-440x280'))
  console.log(
    `store-assets: wrote ${out}: popup, side view, panel and options (1280×800), tile (440×280), icon (128)`,
  )
} finally {
  await chromium.close()
  await sandbox.close()
}
