// Opens Chromium with the local build. With a display it stays open for you; without one it runs headless,
// saves screenshots of the popup, options and DevTools panel pages under artifacts/demo/, and says where.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { missingPrerequisites } from '../test/e2e/harness/browsers.ts'
import { launchChromium } from '../test/e2e/harness/chromium.ts'
import { pollUntil } from '../test/e2e/harness/poll.ts'

const chromiumMissing = missingPrerequisites().filter((m) => m.includes('Chromium'))
if (chromiumMissing.length) {
  console.error(`start: ${chromiumMissing.join('\n')}`)
  process.exit(1)
}

const headless = !process.env.DISPLAY || process.argv.includes('--headless')
const ext = await launchChromium({ headless })
console.log(
  `start: Chromium is running with the extension ${ext.extensionId} (${headless ? 'headless' : 'window'})`,
)

const pages = [
  ['popup', 'src/popup/index.html'],
  ['options', 'src/options/index.html'],
  ['panel', 'src/devtools/panel.html'],
] as const

if (headless) {
  const dir = resolve('artifacts/demo')
  mkdirSync(dir, { recursive: true })
  for (const [name, path] of pages) {
    const page = await ext.open(path)
    await pollUntil(async () => (await page.attr('background-status', 'data-state')) !== 'connecting')
    const file = `${dir}/${name}.png`
    await page.screenshot(file)
    console.log(`start: saved ${file}`)
  }
  await ext.close()
  console.log(
    'start: no display, so the demo ran headless. Open the screenshots above, or run with a display.',
  )
} else {
  for (const [, path] of pages) await ext.open(path)
  console.log('start: popup, options and panel pages are open in tabs. Press Ctrl+C to quit.')
  await new Promise<void>((resolveQuit) => process.once('SIGINT', () => resolveQuit()))
  await ext.close()
}
