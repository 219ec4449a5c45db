import { isMainThread, workerData } from 'node:worker_threads'
import { HELPER_ROLE } from './parallel/helper.ts'

// Entry point loaded by bin/bill-mfa-lint.js (in the repository, through tsx) and bundled as the package's
// bin. A helper thread runs this same file: the bundle in a package, the tsx launcher in the repository.
const entry = import.meta.url.endsWith('.ts')
  ? new URL('../../bin/bill-mfa-lint.js', import.meta.url)
  : new URL(import.meta.url)

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === HELPER_ROLE) {
  const { serveJobs } = await import('./parallel/serve.ts')
  serveJobs()
} else {
  const { runCli } = await import('./program.ts')
  // exitCode (not exit()) lets stdout drain when piped.
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    entry,
  })
}
