// Renders assets/icon.svg to the PNG sizes the manifest names, with the Chromium the tests use.
// Run by hand after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync('assets/icon.svg', 'utf8')
const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--no-sandbox'],
})
const page = await browser.newPage()
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  )
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true })
}
await browser.close()
console.log('icons written to public/icons/')
