import { Command, Option } from 'commander'
import { SEVERITIES, type Severity } from '../../shared/rules/types.ts'
import type { CliIo } from '../cli-io.ts'

interface ProxyCommandOptions {
  target: string[]
  port: string
  har?: string
  failOn: Severity | 'never'
  now?: string
}

/** `bill-mfa-lint proxy [options] [-- COMMAND ARGS...]`; reports its exit code through `done`. */
export function proxyCommand(io: CliIo, done: (code: number) => void): Command {
  return new Command('proxy')
    .description(
      'Local HTTP proxy in front of BILL: forwards every call unchanged, flags deprecated fields in requests and responses, records a redacted HAR. With -- COMMAND, runs it with BILL_PROXY_URL set.',
    )
    .argument(
      '[command...]',
      'command to run with BILL_PROXY_URL set (after --); the proxy stops when it exits',
    )
    .option(
      '--target <url>',
      'where calls go: URL for both /api/v2/ and /connect/ (e.g. http://127.0.0.1:4010), or /prefix/=URL for one (repeatable; default BILL’s sandbox)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', '0')
    .option('--har <file>', 'write the calls as a redacted HAR file on exit')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices([...SEVERITIES, 'never'])
        .default('error'),
    )
    .option('--now <date>', 'evaluate the date-dependent rules at this date (YYYY-MM-DD or ISO 8601)')
    .action(async (command: string[], opts: ProxyCommandOptions) => {
      // Loaded on use, like the lint command: --help does not pay for undici and the engine.
      const [{ runProxy }, { parseNow }] = await Promise.all([
        import('./run-proxy.ts'),
        import('../run-lint.ts'),
      ])
      const { now, ...rest } = opts
      done(await runProxy({ ...rest, ...(now !== undefined ? { now: parseNow(now) } : {}) }, command, io))
    })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
}
