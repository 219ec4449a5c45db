// npm start: the local BILL sandbox plus Chromium with the local build and a profile pointing at the sandbox.
// With a display it stays open for you; without one it runs headless, walks sign-in and SMS MFA, and saves
// screenshots of the popup states, the options page and the DevTools panel page under artifacts/demo/.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { type RunningSandbox, startSandbox } from '../sandbox/server.ts'
import { missingPrerequisites } from '../test/e2e/harness/browsers.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { pollUntil } from '../test/e2e/harness/poll.ts'
import { createSandboxProfile, latestSms } from '../test/e2e/harness/protocol.ts'

const chromiumMissing = missingPrerequisites().filter((m) => m.includes('Chromium'))
if (chromiumMissing.length) {
  console.error(`start: ${chromiumMissing.join('\n')}`)
  process.exit(1)
}

async function sandboxOnPreferredPort(): Promise<RunningSandbox> {
  try {
    return await startSandbox({ port: 4010, quiet: true })
  } catch {
    return startSandbox({ port: 0, quiet: true }) // 4010 is taken: any free port
  }
}

const sandbox = await sandboxOnPreferredPort()
const qa = sandbox.accounts[0]!
console.log(`start: local BILL sandbox: v3 ${sandbox.v3Base}  v2 ${sandbox.v2Base}`)
console.log(`start: QA demo page (calls BILL with deprecated MFA fields): ${sandbox.origin}/__sandbox/demo`)
console.log('start: demo accounts (texts with codes: GET /__sandbox/sms):')
for (const a of sandbox.accounts) {
  console.log(
    `  ${a.username}  password ${a.password}  org ${a.organizationId}  devKey ${a.devKey}${a.phone ? `  phone ${a.phone}` : '  (no MFA phone)'}${a.syncToken ? `  sync token ${a.syncToken.token}` : ''}`,
  )
}

const headless = !process.env.DISPLAY || process.argv.includes('--headless')
const ext = await launchChromium({ headless })
const setup = await ext.open('src/options/index.html')
await createSandboxProfile(setup, sandbox, qa, { name: 'Local sandbox (qa@example.com)' })
console.log(
  `start: Chromium runs the extension ${ext.extensionId} (${headless ? 'headless' : 'window'}) with a profile for ${qa.username}`,
)

if (headless) {
  const dir = resolve('artifacts/demo')
  mkdirSync(dir, { recursive: true })
  const shot = async (page: { screenshot(path: string): Promise<void> }, name: string) => {
    const file = `${dir}/${name}.png`
    await page.screenshot(file)
    console.log(`start: saved ${file}`)
  }
  const state = (s: string) => async () => (await popup.attr('session-state', 'data-state')) === s
  const popup = await ext.open('src/popup/index.html')
  await popup.page.setViewportSize({ width: 360, height: 520 })
  await pollUntil(state('signed-out'))
  await shot(popup, 'popup-signed-out')
  await popup.fill('signin-secret', qa.password)
  await popup.click('signin-submit')
  await pollUntil(state('active'))
  const before = Date.now() - 1000
  await popup.click('mfa-send')
  await popup.waitForTestId('mfa-code')
  await shot(popup, 'popup-mfa-code')
  const sms = await pollUntil(() => latestSms(sandbox.origin, before))
  await popup.fill('mfa-code', sms.code)
  await pollUntil(async () => (await popup.attr('session-trusted', 'data-trusted')) === 'true')
  await shot(popup, 'popup-trusted')
  await setup.reload()
  await shot(setup, 'options')
  await shot(await ext.open('src/devtools/panel.html'), 'panel')
  await ext.close()
  await sandbox.close()
  console.log(
    'start: no display, so the demo ran headless. Open the screenshots above, or run with a display.',
  )
} else {
  await ext.open('src/popup/index.html')
  const demo = await ext.context.newPage()
  await demo.goto(`${sandbox.origin}/__sandbox/demo`)
  console.log('start: the popup, options and the sandbox demo page are open in tabs. Press Ctrl+C to quit.')
  await new Promise<void>((quit) => process.once('SIGINT', () => quit()))
  await ext.close()
  await sandbox.close()
}
