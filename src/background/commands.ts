import { COMMANDS, waitsForMfaCode } from '../shared/commands.ts'
import type { SessionService } from './session/service.ts'

// The keyboard commands the background answers (manifest `commands`; the popup's and Firefox's sidebar's
// are the browsers' own). Registered at the worker's top level: a key press may be what wakes it.

/** Windows whose side panel is open, as this worker has seen it (Chrome's sidePanel.onOpened / onClosed). */
const openPanels = new Set<number>()

/**
 * Chrome only opens the side panel from a user gesture, which lasts only while the command's listener runs: open
 * or close it synchronously, from what this worker knows. A worker started by the key press knows nothing yet;
 * it opens (a no-op if the panel is open), and remembers it open, so the next press closes it.
 */
function toggleSideView(windowId: number): void {
  if (openPanels.has(windowId)) {
    openPanels.delete(windowId)
    void chrome.sidePanel.close({ windowId }).catch(logFailure)
  } else {
    void chrome.sidePanel.open({ windowId }).then(() => openPanels.add(windowId), logFailure)
  }
}

async function sendMfaCodeIfWaiting(session: SessionService): Promise<void> {
  // The background re-checks (rate limit, state) and shows any failure in the MFA step, like the button.
  if (waitsForMfaCode(await session.getView(), Date.now())) await session.sendChallenge()
}

function logFailure(error: unknown): void {
  console.warn('[bill-companion] keyboard command failed', error)
}

export function watchCommands(session: SessionService): void {
  // Firefox toggles its sidebar itself (_execute_sidebar_action); its build holds no sidePanel call.
  if (__BROWSER__ === 'chrome') {
    chrome.sidePanel.onOpened.addListener((info) => openPanels.add(info.windowId))
    chrome.sidePanel.onClosed.addListener((info) => openPanels.delete(info.windowId))
  }
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command === COMMANDS.toggleSideView && __BROWSER__ === 'chrome' && tab) toggleSideView(tab.windowId)
    if (command === COMMANDS.sendMfaCode) void sendMfaCodeIfWaiting(session).catch(logFailure)
  })
}
