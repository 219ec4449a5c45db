import { writeFileSync } from 'node:fs'
import { type BidiFirefox, FIREFOX_UUID } from './firefox-bidi.ts'
import { pollUntil } from './poll.ts'
import type { UiPage } from './ui-page.ts'

// Firefox's sidebar from a test: BiDi cannot address the sidebar's document, but every page of the extension
// runs in one process, so an extension tab reaches the sidebar's window with extension.getViews({type:
// 'sidebar'}). Keyboard shortcuts are Firefox's own <key> elements in the browser window: a trusted keypress
// dispatched there (privileged scope) runs them as a key press would.

export const EXTENSION_BASE = `moz-extension://${FIREFOX_UUID}/`
const SYSTEM = 'triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()'
const VIEW = `const view = chrome.extension.getViews({ type: 'sidebar' })[0]
  const q = (id) => view?.document.querySelector('[data-testid="' + id + '"]')`

export function firefoxSidebar(ff: BidiFirefox) {
  let driver: string | undefined
  const inSidebar = <T>(body: string) => {
    if (!driver) throw new Error('open the driver tab first (openTab of an extension page)')
    return ff.content<T>(driver, `${VIEW}\n${body}`)
  }

  /** Opens a tab and selects it, as the tester switching to another tab. Returns its BiDi context. */
  async function openTab(url: string): Promise<string> {
    await ff.chrome(`gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { ${SYSTEM} })`)
    const context = await pollUntil(async () => {
      const tree = await ff.send<{ contexts: { context: string; url: string }[] }>(
        'browsingContext.getTree',
        {},
      )
      return tree.contexts.find((c) => c.url === url)?.context
    })
    await pollUntil(() => ff.content<boolean>(context, `return document.readyState === 'complete'`))
    if (url.startsWith(EXTENSION_BASE)) driver = context
    return context
  }

  return {
    openTab,
    /** A tab's page for the protocol helpers (harness/protocol.ts): runs a function there with its argument. */
    sender: (context: string): Pick<UiPage, 'evaluate'> => ({
      evaluate: (fn, arg) => ff.content(context, `return await (${fn.toString()})(${JSON.stringify(arg)})`),
    }),
    /** A real click (BiDi pointer input: a user gesture) on an element of a tab. */
    async click(context: string, testId: string) {
      const at = await ff.content<{ x: number; y: number }>(
        context,
        `const r = document.querySelector('[data-testid="${testId}"]').getBoundingClientRect()
        return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) }`,
      )
      const pointer = [
        { type: 'pointerMove', x: at.x, y: at.y },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]
      await ff.send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', actions: pointer }],
      })
    },
    /** Presses Alt+Shift+<letter> in the browser window. */
    async pressAltShift(letter: string) {
      await ff.chrome(`document.documentElement.dispatchEvent(new KeyboardEvent('keypress', { key: ${JSON.stringify(
        letter,
      )}, code: 'Key${letter}', keyCode: ${letter.charCodeAt(0)}, charCode: ${letter.charCodeAt(0)},
        altKey: true, shiftKey: true, bubbles: true, cancelable: true }))`)
    },
    /** The open sidebar's id, or '' when it is closed. */
    openSidebar: () =>
      ff.chrome<string>(`return SidebarController.isOpen ? SidebarController.currentID : ''`),
    attr: (testId: string, name: string) =>
      inSidebar<string | null>(
        `return q(${JSON.stringify(testId)})?.getAttribute(${JSON.stringify(name)}) ?? null`,
      ),
    text: (testId: string) => inSidebar<string>(`return q(${JSON.stringify(testId)})?.textContent ?? ''`),
    exists: (testId: string) => inSidebar<boolean>(`return !!q(${JSON.stringify(testId)})`),
    clickIn: (testId: string) => inSidebar(`q(${JSON.stringify(testId)}).click()`),
    /** Types into a field or picks an option the way Preact listens (input, then change). */
    fill: (testId: string, value: string) =>
      inSidebar(`const el = q(${JSON.stringify(testId)}); el.value = ${JSON.stringify(value)}
        el.dispatchEvent(new view.Event('input', { bubbles: true }))
        el.dispatchEvent(new view.Event('change', { bubbles: true }))`),
    /** A marker on the sidebar's window: still there later means the same document, never reloaded. */
    mark: () => inSidebar(`view.__billMark = 'kept'`),
    marked: () => inSidebar<boolean>(`return view?.__billMark === 'kept'`),
    /** The sidebar as drawn, written as a PNG. */
    async screenshot(path: string, scheme: 'light' | 'dark') {
      const png = await ff.chrome<string>(`
        // The sidebar follows the browser's own theme, which follows the system's.
        Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${scheme === 'dark' ? 1 : 0})
        Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})
        await new Promise((r) => setTimeout(r, 300))
        const inner = SidebarController.browser.contentDocument.getElementById('webext-panels-browser')
        const bitmap = await inner.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white')
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas')
        canvas.width = bitmap.width
        canvas.height = bitmap.height
        canvas.getContext('2d').drawImage(bitmap, 0, 0)
        return canvas.toDataURL('image/png').split(',')[1]`)
      writeFileSync(path, Buffer.from(png, 'base64'))
    },
  }
}
