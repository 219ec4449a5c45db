import { describe, expect, it } from 'vitest'
import { CaptureStore } from '../../../../src/devtools/capture/capture-store.ts'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'

// Issue 23: a page that sends four calls at once (the demo's "4 calls at once") starts them in the same
// millisecond with the same method and URL. The panel must keep all four (the concurrency rule counts them),
// and still keep one request once when the live event and getHAR() both deliver it.
const call = (time: number) => {
  const e = emptyEntry('http://127.0.0.1:4010/connect/v3/mfa/phones')
  e.startedDateTime = '2026-12-07T12:00:00.000Z'
  e.request.method = 'GET'
  e.time = time
  return e
}

describe('the capture key', () => {
  it('keeps simultaneous identical calls apart, and one call delivered twice once', () => {
    const store = new CaptureStore()
    const burst = [1500.25, 1501.5, 1502.75, 1503.125].map((t, i) => captureEntry(call(t), undefined, i)!)
    expect(store.addAll(burst)).toBe(4)
    // The same four again, as getHAR() gives them after the live events.
    expect(
      store.addAll(
        [1500.25, 1501.5, 1502.75, 1503.125].map((t, i) => captureEntry(call(t), undefined, i + 4)!),
      ),
    ).toBe(0)
    expect(store.size).toBe(4)
  })
})
