import type { CDPSession } from 'playwright-core'

/** One task of a page's main thread: wall-clock time, and the thread's own CPU time (what a busy machine does not inflate). */
export interface Task {
  wallMs: number
  cpuMs: number
}

interface TraceEvent {
  ph: string
  name: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

const RUN_TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

/** The tasks Chromium's trace saw on renderer main threads while `during` ran. */
export async function recordMainThreadTasks(cdp: CDPSession, during: () => Promise<void>): Promise<Task[]> {
  const events: TraceEvent[] = []
  const collect = ({ value }: { value: TraceEvent[] }) => {
    for (const e of value) if (e.ph === 'M' || RUN_TASK.has(e.name)) events.push(e)
  }
  cdp.on('Tracing.dataCollected', collect as never)
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel'], recordMode: 'recordAsMuchAsPossible' },
  })
  try {
    await during()
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await complete
    cdp.off('Tracing.dataCollected', collect as never)
  }
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  return events
    .filter((e) => e.ph === 'X' && RUN_TASK.has(e.name) && main.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
}
