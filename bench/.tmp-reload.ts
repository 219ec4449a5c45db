import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCAL_CHROME_DIST } from '../test/e2e/harness/browsers.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { installAt } from '../test/e2e/harness/previous-release.ts'
const work = mkdtempSync(join(tmpdir(), 'reload-'))
const place = join(work, 'ext')
installAt(LOCAL_CHROME_DIST, place)
const ext = await launchChromium({ dist: place, userDataDir: join(work, 'p') })
console.log('workers', ext.context.serviceWorkers().map((w) => w.url()))
ext.context.on('serviceworker', (w) => console.log('new worker', w.url()))
installAt(LOCAL_CHROME_DIST, place, '0.1.1')

const page = await ext.context.newPage()
await page.goto('chrome://extensions/')
console.log(await page.evaluate(async (id) => { const d = (chrome as any).developerPrivate; await d.updateProfileConfiguration({ inDeveloperMode: true }); await d.reload(id, { failQuietly: true }); return 'reloaded' }, ext.extensionId).catch((e) => String(e).slice(0, 200)))
for (let i = 0; i < 10; i++) {
  await new Promise((r) => setTimeout(r, 1500))
  const p2 = await ext.context.newPage()
  try {
    await p2.goto(new URL('src/options/index.html', ext.baseUrl).href)
    const r = await p2.evaluate(async () => [chrome.runtime.getManifest().version, await chrome.storage.local.get(null)])
    console.log(i, JSON.stringify(r).slice(0, 300))
    if (JSON.stringify(r).includes('storeUpgrade')) break
  } catch (e) { console.log(i, String(e).slice(0, 120)) } finally { await p2.close() }
}
console.log('workers', ext.context.serviceWorkers().map((w) => w.url()))
await ext.close()
