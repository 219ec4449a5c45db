import { afterEach, describe, expect, it } from 'vitest'
import { CaptureStore } from '../../../../src/devtools/capture/capture-store.ts'
import { captureEntry } from '../../../../src/devtools/capture/captured-request.ts'
import { acceptBacklog, newHandoffName, offerBacklog } from '../../../../src/devtools/capture/handoff.ts'
import { billTraffic } from '../../../fixtures/panel/traffic.ts'

// The devtools page and the panel over a real BroadcastChannel pair (Node has the same API as the browsers).
const captured = (i: number) =>
  captureEntry(
    { ...billTraffic()[0], startedDateTime: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() },
    undefined,
    i,
  )!

const open: BroadcastChannel[] = []
function pair() {
  const name = newHandoffName()
  const devtoolsSide = new BroadcastChannel(name)
  const panelSide = new BroadcastChannel(name)
  open.push(devtoolsSide, panelSide)
  return { devtoolsSide, panelSide }
}
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('backlog hand-off over a channel', () => {
  it('hands the backlog to a panel that captures for itself, as a copy, and stops the devtools page', async () => {
    const { devtoolsSide, panelSide } = pair()
    const backlog = new CaptureStore()
    const entries = [captured(1), captured(2)]
    backlog.addAll(entries)
    let stopped = 0
    offerBacklog(devtoolsSide, backlog, () => stopped++)
    const got: number[][] = []
    let first: unknown
    acceptBacklog(panelSide, true, (e) => {
      first ??= e[0]
      got.push(e.map((x) => x.seq))
    })
    await until(() => got.length === 1)
    expect(got).toEqual([[1, 2]])
    expect(first).toEqual(entries[0])
    expect(first).not.toBe(entries[0])
    expect(stopped).toBe(1)
    expect(backlog.size).toBe(0)
  })

  it('keeps forwarding each new request to a panel without a devtools API of its own', async () => {
    const { devtoolsSide, panelSide } = pair()
    const backlog = new CaptureStore()
    backlog.add(captured(1))
    let stopped = 0
    offerBacklog(devtoolsSide, backlog, () => stopped++)
    const got: number[][] = []
    acceptBacklog(panelSide, false, (e) => got.push(e.map((x) => x.seq)))
    await until(() => got.length === 1)
    backlog.add(captured(2))
    backlog.add(captured(3))
    await until(() => got.flat().length === 3)
    expect(got.flat()).toEqual([1, 2, 3])
    expect(stopped).toBe(0)
  })

  it('reaches only the panel of its own DevTools window', async () => {
    const mine = pair()
    const other = pair()
    const backlog = new CaptureStore()
    backlog.add(captured(1))
    offerBacklog(mine.devtoolsSide, backlog, () => undefined)
    const strangers: unknown[] = []
    acceptBacklog(other.panelSide, true, (e) => strangers.push(e))
    const got: unknown[] = []
    acceptBacklog(mine.panelSide, true, (e) => got.push(e))
    await until(() => got.length === 1)
    expect(strangers).toEqual([])
  })

  it('sends nothing when the backlog is empty', async () => {
    const { devtoolsSide, panelSide } = pair()
    let stopped = 0
    offerBacklog(devtoolsSide, new CaptureStore(), () => stopped++)
    const got: unknown[] = []
    acceptBacklog(panelSide, true, (e) => got.push(e))
    await until(() => stopped === 1)
    expect(got).toEqual([])
  })
})
