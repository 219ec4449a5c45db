import { Window } from 'happy-dom'
import { h, render } from 'preact'
import { captureEntry } from '../src/devtools/capture/captured-request.ts'
import { type AnalyzedRequest, createAnalyzer } from '../src/devtools/panel/analyze.ts'
import { RequestTable } from '../src/devtools/panel/RequestTable.tsx'
import { NO_SECRETS } from '../src/shared/redact/index.ts'
import { manyRequests } from '../test/fixtures/panel/traffic.ts'
import { type Benchmark, median, ms } from './bench.ts'

const RUNS = 15
const WARMUP = 3
const SIZES: readonly number[] = [100, 10_000]

/** Rows as the panel has them after capture and analysis (done once, outside the timing). */
function analyzedRows(count: number): AnalyzedRequest[] {
  const analyze = createAnalyzer([])
  return manyRequests(count).map((e, i) =>
    analyze(captureEntry(e, { text: e.response.content.text ?? '' }, i)!),
  )
}

/**
 * The panel's request grid rendered with Preact into happy-dom, 100 rows against 10,000: with the rows
 * virtualized the two take about the same time (ratio close to 1). Timed: render, layout effects, and
 * the next animation frame (the virtualizer's first measurement and re-render); rows are captured and
 * analyzed beforehand, as in the panel.
 */
const benchmark: Benchmark = {
  name: 'panel-render',
  async run() {
    const window = new Window({ width: 1280, height: 720 })
    Object.assign(globalThis, { window, document: window.document })
    // happy-dom computes no layout: the scroller gets the size of a docked DevTools panel.
    for (const [name, size] of [
      ['clientWidth', 1280],
      ['clientHeight', 640],
    ] as const)
      Object.defineProperty(window.HTMLElement.prototype, name, {
        get(this: { className: string }) {
          return this.className === 'request-scroller' ? size : 0
        },
      })
    const nextFrame = () => new Promise<void>((resolve) => window.requestAnimationFrame(() => resolve()))
    const container = window.document.createElement('div')
    window.document.body.append(container as never)

    const rowsBySize = new Map(SIZES.map((size) => [size, analyzedRows(size)]))
    const rendered = new Map<number, number>()
    const renderOnce = async (size: number) => {
      const props = {
        rows: rowsBySize.get(size) ?? [],
        activeIndex: 0,
        selectedKey: undefined,
        onActivate() {},
        onSelect() {},
        secrets: NO_SECRETS,
      }
      const start = performance.now()
      render(h(RequestTable, props), container as never)
      await nextFrame()
      const elapsed = performance.now() - start
      rendered.set(size, container.querySelectorAll('[data-testid="request-row"]').length)
      render(null, container as never)
      return elapsed
    }
    // Sizes alternate (and swap order each round) so warm-up and drift do not favour either.
    const samples = new Map<number, number[]>(SIZES.map((size) => [size, []]))
    for (let round = 0; round < WARMUP + RUNS; round++)
      for (const size of round % 2 ? [...SIZES].reverse() : SIZES) {
        const elapsed = await renderOnce(size)
        if (round >= WARMUP) samples.get(size)?.push(elapsed)
      }
    const times = new Map<number, number>()
    for (const size of SIZES) {
      const count = rendered.get(size) ?? 0
      if (count === 0 || count > 100) throw new Error(`${size} rows: ${count} rendered, expected a window`)
      times.set(size, median(samples.get(size) ?? []))
      console.log(
        `  ${String(size).padStart(6)} rows: ${ms(times.get(size) ?? 0)} median of ${RUNS} (${count} rows in the DOM)`,
      )
    }
    const ratio = (times.get(10_000) ?? 0) / (times.get(100) ?? 1)
    console.log(`  10,000 / 100 rows: ${ratio.toFixed(2)}× (virtualized: close to 1)`)
    await window.happyDOM.close()
  },
}

export default benchmark
