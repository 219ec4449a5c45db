// The extension's keyboard commands as the browser has them now (the user may have changed the keys), and the
// browser's own page to change them: Firefox opens it with commands.openShortcutSettings (Firefox 137+),
// Chrome at chrome://extensions/shortcuts, which an extension may open in a tab.
import { t } from './i18n/t.ts'

export interface Shortcut {
  name: string
  description: string
  /** Empty when no key is set (a suggested key that clashed, or one the user removed). */
  shortcut: string
}

// Chrome describes _execute_action with an empty string: it is the toolbar button's action.
const OPEN_POPUP = t('shortcutOpenPopup')

export async function listShortcuts(): Promise<Shortcut[]> {
  const commands = await chrome.commands.getAll()
  return commands.map((c) => ({
    name: c.name ?? '',
    description: c.description || (c.name === '_execute_action' ? OPEN_POPUP : (c.name ?? '')),
    shortcut: c.shortcut ?? '',
  }))
}

export function openShortcutSettings(): void {
  const firefox = (chrome.commands as { openShortcutSettings?: () => Promise<void> }).openShortcutSettings
  if (firefox) void firefox()
  else void chrome.tabs.create({ url: 'chrome://extensions/shortcuts' })
}
