import 'fake-indexeddb/auto'
import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach } from 'vitest'

// Unit tests get the in-memory fake browser as chrome.*.
;(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser
beforeEach(() => fakeBrowser.reset())
