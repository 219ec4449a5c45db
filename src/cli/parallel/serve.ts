import { parentPort } from 'node:worker_threads'
import { type FilesJob, runJob } from './jobs.ts'

/** The helper thread's side: runs each job it is sent and replies with the result or the error. */
export function serveJobs(): void {
  // Loaded now, while the main thread reads its input, rather than with the first job.
  void import('../lint.ts')
  parentPort?.on('message', async ({ id, job }: { id: number; job: FilesJob }) => {
    try {
      parentPort?.postMessage({ id, ok: true, value: await runJob(job) })
    } catch (e) {
      parentPort?.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) })
    }
  })
}
