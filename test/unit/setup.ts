import 'fake-indexeddb/auto'
import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach } from 'vitest'

// Unit tests get an in-memory `chrome` (the extension uses chrome.* only, see docs/architecture.md).
;(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser
beforeEach(() => fakeBrowser.reset())
