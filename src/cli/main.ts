import { runCli } from './program.ts'

// Entry point loaded by bin/bill-mfa-lint.js. exitCode (not exit()) lets stdout drain when piped.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
})
