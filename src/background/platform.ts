// The thin adapter between background logic and the browser: everything else receives these values.
export const extensionId = chrome.runtime.id
export const extensionBaseUrl = chrome.runtime.getURL('/')
export const browserName: 'chrome' | 'firefox' = extensionBaseUrl.startsWith('moz-extension:')
  ? 'firefox'
  : 'chrome'
export const version = chrome.runtime.getManifest().version
