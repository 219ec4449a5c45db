// One task at a time, in order; and tasks that may be merged while they wait (a flood of events becomes a
// few runs, each doing the work of all the events that arrived before it started).

export type Serial = <T>(task: () => Promise<T>) => Promise<T>

/** Runs each task after the ones queued before it, whether they succeeded or failed. */
export function serialQueue(): Serial {
  let tail: Promise<unknown> = Promise.resolve()
  return (task) => {
    const next = tail.then(task)
    tail = next.catch(() => undefined)
    return next
  }
}

/**
 * A task queued on `run` that callers share while it waits to start: at most one running and one waiting,
 * however many call. Each run must read the latest state when it starts.
 */
export function coalesced<T>(run: Serial, task: () => Promise<T>): () => Promise<T> {
  let waiting: Promise<T> | undefined
  return () => {
    waiting ??= run(() => {
      waiting = undefined
      return task()
    })
    return waiting
  }
}
