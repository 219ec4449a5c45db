// Shared shape and helpers of the benchmarks run by bench/index.ts.

export interface Benchmark {
  name: string
  /** Prints its own figures; throws to fail the run. */
  run(): Promise<void>
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Wall-clock milliseconds of each of `runs` calls (after one warm-up call). */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times
}

export const ms = (t: number) => `${t.toFixed(0)} ms`.padStart(9)
