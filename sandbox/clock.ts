export const HOUR_MS = 3_600_000

// The sandbox's own clock: real time plus an offset that tests move with POST /__sandbox/clock.
export interface SandboxClock {
  now(): number
  /** Moves the clock by ms (negative goes back) and returns the new now. */
  advance(ms: number): number
  /** Sets the clock to an absolute time and returns it. */
  set(epochMs: number): number
  reset(): void
}

export function createClock(): SandboxClock {
  let offset = 0
  const now = () => Date.now() + offset
  return {
    now,
    advance(ms) {
      offset += ms
      return now()
    },
    set(epochMs) {
      offset = epochMs - Date.now()
      return now()
    },
    reset() {
      offset = 0
    },
  }
}
