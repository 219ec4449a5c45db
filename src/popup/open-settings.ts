// The popup's thin adapter for opening the settings page: components receive these, never chrome.* itself.

/** The settings page. */
export function openSettings(): void {
  void chrome.runtime.openOptionsPage()
}

/**
 * The settings page scrolled to the active profile's "Grant access" button. The permission prompt is shown
 * there rather than in the popup: Firefox closes a popup when a permission prompt opens.
 */
export function openGrantAccess(): void {
  void chrome.tabs.create({ url: `${chrome.runtime.getURL('src/options/index.html')}#grant` })
}
