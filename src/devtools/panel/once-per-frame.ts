// A page hidden or without layout (tests) may have no animation frames: then the next task.
const nextFrame = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(run)
  return () => cancelAnimationFrame(frame)
}

/** Runs `run` on the next animation frame, once however often it was asked for before then. */
export function oncePerFrame(run: () => void): { request(): void; cancel(): void } {
  let cancel: (() => void) | undefined
  return {
    request() {
      cancel ??= nextFrame(() => {
        cancel = undefined
        run()
      })
    },
    cancel() {
      cancel?.()
      cancel = undefined
    },
  }
}
