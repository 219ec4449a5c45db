// Opening the side view from a page: Chrome's side panel (sidePanel.open) or Firefox's sidebar
// (sidebarAction.open). Both browsers refuse the call outside a user gesture, so it is made synchronously in
// the click handler: the window Chrome needs is looked up before the click, at load.

interface FirefoxSidebar {
  open(): Promise<void>
}

// A Firefox build holds no sidePanel call at all (web-ext lint flags it as unsupported).
const chromeBuild = typeof __BROWSER__ === 'undefined' || __BROWSER__ === 'chrome'
const firefoxSidebar = (chrome as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction
const sidePanel = chromeBuild ? chrome.sidePanel : undefined

let windowId: number | undefined
if (sidePanel) {
  // Test stand-ins of the windows API may answer nothing.
  void chrome.windows.getCurrent().then((w: chrome.windows.Window | undefined) => {
    windowId = w?.id
  })
}

function open(): Promise<void> {
  if (firefoxSidebar) return firefoxSidebar.open()
  if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId })
  return Promise.reject(new Error('the window is not known yet'))
}

/** Opens the side view of this window and closes the page that asked (the popup); undefined if none. */
export const openSideView: (() => void) | undefined =
  firefoxSidebar || sidePanel
    ? () =>
        open().then(
          () => window.close(),
          (error: unknown) => console.error('[bill-companion] could not open the side view', error),
        )
    : undefined
