// Long work on the panel's page runs in slices: it gives the thread back between them, so the page keeps
// answering (10,000 rows exported in one task froze the panel for a minute; issue 19).

export interface SliceOptions {
  /** Gives the thread back (the panel: the next task); resolves when the next slice may run. */
  nextSlice?(): Promise<void>
  /** How long one slice may work before it yields (the longest task is about this plus one step). */
  budgetMs?: number
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The clock of sliced work: after each step, `if (due()) await next()`. The check is synchronous: an `await`
 * after every step of an export (20,000 of them for 10,000 rows) cost a tenth of JSON.stringify of the HAR.
 */
export function slicer({ nextSlice = nextTask, budgetMs = 40 }: SliceOptions) {
  let started = performance.now()
  /** Whether the slice has worked for its budget. */
  const due = () => performance.now() - started >= budgetMs
  /** Gives the thread back; the next slice starts when it resolves. */
  const next = async () => {
    await nextSlice()
    started = performance.now()
  }
  /** For callers that await each step anyway (a build in steps): yields when due. */
  const pause = async () => {
    if (due()) await next()
  }
  return { due, next, pause }
}
