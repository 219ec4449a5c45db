import 'fake-indexeddb/auto'
import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach, vi } from 'vitest'

// The real polyfill throws outside an extension; unit tests get the in-memory fake instead.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }))
;(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser
beforeEach(() => fakeBrowser.reset())
