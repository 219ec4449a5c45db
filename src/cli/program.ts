import { Command, CommanderError, Option } from 'commander'
import { SEVERITIES } from '../shared/rules/types.ts'
import { type CliIo, EXIT, UsageError } from './cli-io.ts'
import { CONFIG_FILE } from './config-file.ts'
import { FORMAT_NAMES } from './formatters/names.ts'
import { proxyCommand } from './proxy/command.ts'
import type { LintCommandOptions } from './run-lint.ts'
import { packageVersion } from './version.ts'

export type { CliIo } from './cli-io.ts'

/**
 * The command line: linting is the root command (`bill-mfa-lint [options] <paths...>`). Subcommands are
 * added with `.addCommand()` on the returned program; each reports its exit code through `done`. Options
 * after a subcommand's name are the subcommand's (positional options): `proxy --now` is not the lint's `--now`.
 */
function program(io: CliIo, done: (code: number) => void): Command {
  return new Command('bill-mfa-lint')
    .description(
      'Finds deprecated BILL MFA fields (backup/secondary phone), credentials in URLs and shut-down hosts in HAR files, Postman collections and source code.',
    )
    .version(packageVersion(), '-v, --version')
    .argument('<paths...>', 'files or directories (HAR, Postman collection, source files)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('text'))
    .addOption(
      new Option(
        '--fail-on <severity>',
        'exit 1 when a finding is at or above this severity (default: the config file’s "failOn", else error)',
      ).choices([...SEVERITIES, 'never']),
    )
    .option(
      '--host <host>',
      'extra host whose requests are BILL’s, e.g. 127.0.0.1:4010 (repeatable; without a port, any port)',
      repeat,
    )
    .option(
      '--exclude <glob>',
      'skip walked paths matching this gitignore pattern, e.g. "*.sarif" (repeatable)',
      repeat,
    )
    .option('--select <rules>', 'report only these rule ids (comma-separated, repeatable)', repeat)
    .option('--ignore <rules>', 'do not report these rule ids (comma-separated, repeatable)', repeat)
    .option('-q, --quiet', 'report errors only (warnings and infos are dropped)')
    .option(
      '--config <file>',
      `settings file (default: ${CONFIG_FILE} or package.json's "bill-mfa-lint" key, nearest above)`,
    )
    .option('--now <date>', 'evaluate the date-dependent rules at this date (YYYY-MM-DD or ISO 8601)')
    .option('--env <file>', 'Postman environment export whose values resolve {{variables}} in collections')
    .option('--baseline <file>', 'findings recorded in this file do not fail the run (see --write-baseline)')
    .option('--write-baseline', 'record the current findings in the --baseline file, and exit 0')
    .option('--fix', 'rewrite the deprecated literal values that are safe to change, and print what changed')
    .option('--dry-run', 'with --fix: print the changes as a unified diff instead of writing them')
    .option('--verbose', 'also tell which files were skipped while walking directories, and why')
    .action(async (paths: string[], opts: LintCommandOptions) => {
      // Loaded on use: --version and --help do not pay for the engine.
      const { runLint } = await import('./run-lint.ts')
      done(await runLint(paths, opts, io))
    })
    .helpCommand('help [command]', 'show the help of a command (proxy), or of linting')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line, like every other message: what is wrong, then where to read more.
      outputError: (s, write) =>
        write(`bill-mfa-lint: ${s.replace(/^error: /, '').trimEnd()} (run bill-mfa-lint --help for usage)\n`),
    })
}

/**
 * `help lint` is the root command's help (linting has no command name of its own); `help <unknown>`
 * is one line naming the commands, not the whole help on stderr.
 */
function helpArgs(cli: Command, argv: readonly string[]): string[] {
  if (argv[0] !== 'help' || argv.length < 2) return [...argv]
  const name = argv[1] ?? ''
  if (name === 'lint') return ['--help']
  if (cli.commands.some((c) => c.name() === name)) return [...argv]
  const names = ['lint', ...cli.commands.map((c) => c.name()).filter((n) => n !== 'help')]
  throw new UsageError(`help: unknown command "${name}" (commands: ${names.join(', ')})`)
}

const repeat = (v: string, all: string[] = []) => [...all, v]

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at or above --fail-on, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.clean
  try {
    const done = (c: number) => {
      code = c
    }
    const cli = program(io, done).addCommand(proxyCommand(io, done))
    await cli.parseAsync(helpArgs(cli, argv), { from: 'user' })
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`bill-mfa-lint: ${e.message}\n`)
      return EXIT.unusable
    }
    if (!(e instanceof CommanderError)) throw e
    if (e.exitCode === 0) return EXIT.clean
    return EXIT.unusable
  }
  return code
}
