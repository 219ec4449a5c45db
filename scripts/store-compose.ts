// The store images that are compositions: a shot placed on a 1280×800 canvas, the side view beside the page it
// sits next to, and the 440×280 promotional tile. Each is an HTML page rendered by the same Chromium.
import { readFileSync } from 'node:fs'
import type { BrowserContext } from 'playwright-core'

const png = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`
const FRAME = `margin:0;font:15px system-ui,sans-serif;color:#1b1f24;background:linear-gradient(135deg,#e8f0fb,#f6f8fa)`

async function render(
  context: BrowserContext,
  html: string,
  size: { width: number; height: number },
  out: string,
) {
  const page = await context.newPage()
  await page.setViewportSize(size)
  await page.setContent(`<!doctype html><html><body style="${FRAME}">${html}</body></html>`)
  await page.screenshot({ path: out })
  await page.close()
}

/** A narrow shot (the popup) centred on a 1280×800 canvas, with a one-line caption. */
export function onCanvas(context: BrowserContext, shot: string, caption: string, out: string) {
  return render(
    context,
    `<div style="height:800px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:18px">
      <img src="${png(shot)}" style="max-height:700px;border-radius:8px;box-shadow:0 8px 30px #0003">
      <p style="margin:0;font-size:20px">${caption}</p></div>`,
    { width: 1280, height: 800 },
    out,
  )
}

/** The side view at the right of the tab it stays beside: 1280×800. */
export function besidePage(context: BrowserContext, page: string, side: string, out: string) {
  return render(
    context,
    `<div style="display:flex;height:800px">
      <img src="${png(page)}" style="width:920px;height:800px;object-fit:cover;object-position:left top">
      <div style="width:360px;border-left:1px solid #d5dae1;background:#fff;overflow:hidden">
        <img src="${png(side)}" style="width:360px"></div></div>`,
    { width: 1280, height: 800 },
    out,
  )
}

/** The 440×280 small promotional tile: icon, name, what it does. */
export function tile(context: BrowserContext, icon: string, out: string) {
  return render(
    context,
    `<div style="height:280px;display:flex;align-items:center;gap:22px;padding:0 30px;box-sizing:border-box">
      <img src="${png(icon)}" width="96" height="96">
      <div><p style="margin:0 0 8px;font-size:24px;font-weight:700">BILL Sandbox Companion</p>
      <p style="margin:0;font-size:15px;line-height:1.4">Sandbox sign-in, the idle clock, SMS MFA and deprecated MFA fields, beside every tab.</p></div></div>`,
    { width: 440, height: 280 },
    out,
  )
}
