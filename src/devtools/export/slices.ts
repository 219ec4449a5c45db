// Long work on the panel's page runs in slices: it gives the thread back between them, so the page keeps
// answering (10,000 rows exported in one task froze the panel for a minute; issue 19).

export interface SliceOptions {
  /** Gives the thread back (the panel: the next task); resolves when the next slice may run. */
  nextSlice?(): Promise<void>
  /** How long one slice may work before it yields (the longest task is about this plus one step). */
  budgetMs?: number
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** A function to call after each step: it yields once the slice has worked for its budget. */
export function slicer({ nextSlice = nextTask, budgetMs = 40 }: SliceOptions) {
  let started = performance.now()
  return async (beforeYield?: () => void) => {
    if (performance.now() - started < budgetMs) return
    beforeYield?.()
    await nextSlice()
    started = performance.now()
  }
}
