import browser from 'webextension-polyfill'

// The thin adapter between background logic and the browser: everything else receives these values.
export const extensionId = browser.runtime.id
export const extensionBaseUrl = browser.runtime.getURL('/')
export const browserName: 'chrome' | 'firefox' = extensionBaseUrl.startsWith('moz-extension:')
  ? 'firefox'
  : 'chrome'
export const version = browser.runtime.getManifest().version

export { browser }
