import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type FilesJob, type FilesPart, runJob } from './jobs.ts'

// A second thread for big trees (thousands of files, where reading them is most of the work): the main
// thread lints half of the files while the helper lints the other half. On a one-core machine, or with
// BILL_MFA_LINT_THREADS=1, there is no helper and all of it runs on the main thread.

/** Marks the thread the CLI's entry point starts as a helper (see main.ts). */
export const HELPER_ROLE = 'bill-mfa-lint-helper'

export interface Helper {
  /** Runs a job on the helper thread; if the thread fails, runs it here instead. */
  run(job: FilesJob): Promise<FilesPart[]>
  /** What the helper did, for --verbose: undefined when it was never asked. */
  status(): string | undefined
  close(): void
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

/** Whether a second thread may be used: more than one core, and not turned off. */
export function helperWanted(env: Record<string, string | undefined>): boolean {
  return env.BILL_MFA_LINT_THREADS !== '1' && availableParallelism() > 1
}

/** A helper thread running `entry` (the CLI's own entry point), started on first use. */
export function helperThread(entry: URL): Helper {
  let worker: Worker | undefined
  let failure: string | undefined
  let done = 0
  let nextId = 0
  const waiting = new Map<number, (reply: Reply) => void>()
  const fail = (error: string) => {
    failure ??= error
    for (const settle of waiting.values()) settle({ id: -1, ok: false, error })
    waiting.clear()
  }
  const start = () => {
    const w = new Worker(entry, { workerData: { role: HELPER_ROLE } })
    w.on('message', (reply: Reply) => {
      waiting.get(reply.id)?.(reply)
      waiting.delete(reply.id)
      if (waiting.size === 0) w.unref()
    })
    w.on('error', (e) => fail(e.message))
    w.on('exit', () => fail('the helper thread stopped'))
    // Idle, it never holds the process open.
    w.unref()
    return w
  }
  /** The job's result from the helper thread, or undefined when the thread could not run it. */
  const send = async (job: FilesJob): Promise<FilesPart[] | undefined> => {
    const id = nextId++
    try {
      worker ??= start()
      const reply = await new Promise<Reply>((settle) => {
        waiting.set(id, settle)
        worker?.ref()
        worker?.postMessage({ id, job })
      })
      if (reply.ok) return reply.value as FilesPart[]
      fail(reply.error)
    } catch (e) {
      // A job that cannot be sent (or a thread that cannot start).
      waiting.delete(id)
      fail(e instanceof Error ? e.message : String(e))
    }
    return undefined
  }
  return {
    async run(job) {
      const value = failure === undefined ? await send(job) : undefined
      if (value !== undefined) {
        done++
        return value
      }
      return runJob(job)
    },
    status() {
      if (failure !== undefined) return `the helper thread failed (${failure}); the main thread did its share`
      return done > 0
        ? `a helper thread linted part of the input (${done} job${done === 1 ? '' : 's'})`
        : undefined
    },
    close() {
      failure ??= 'closed'
      void worker?.terminate()
    },
  }
}
