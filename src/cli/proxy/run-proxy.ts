import { type ChildProcess, spawn } from 'node:child_process'
import { constants } from 'node:os'
import pc from 'picocolors'
import { atLeast } from '../../shared/rules/summary.ts'
import type { Severity } from '../../shared/rules/types.ts'
import { type CliIo, EXIT } from '../cli-io.ts'
import { useColor } from '../output.ts'
import { packageVersion } from '../version.ts'
import { createRecorder } from './recorder.ts'
import { routesFor, TargetError } from './routes.ts'
import { startLintProxy } from './server.ts'

export interface ProxyOptions {
  target: string[]
  port: string
  har?: string
  failOn: Severity | 'never'
  now?: Date
}

/** Hooks to the process, injectable for tests. */
export interface ProxyProcess {
  onSignal(handler: (signal: NodeJS.Signals) => void): () => void
  spawn(command: string, args: readonly string[], env: Record<string, string | undefined>): ChildProcess
}

// Stryker disable all: the real process, replaced in the tests in this process; proxy-cli.test.ts runs it as a child
const realProcess: ProxyProcess = {
  onSignal(handler) {
    process.on('SIGINT', handler)
    process.on('SIGTERM', handler)
    return () => {
      process.off('SIGINT', handler)
      process.off('SIGTERM', handler)
    }
  },
  spawn: (command, args, env) => spawn(command, [...args], { stdio: 'inherit', env }),
}
// Stryker restore all

function parsePort(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > 65535) throw new TargetError(`invalid --port: ${value} (0 to 65535)`)
  return n
}

/** Runs until the command exits (with `-- COMMAND`) or a signal arrives; returns the exit code. */
export async function runProxy(
  options: ProxyOptions,
  command: readonly string[],
  io: CliIo,
  proc: ProxyProcess = realProcess,
): Promise<number> {
  const say = (line: string) => io.stdout.write(`${line}\n`)
  const complain = (line: string) => io.stderr.write(`bill-mfa-lint proxy: ${line}\n`)
  let routes: ReturnType<typeof routesFor>
  let port: number
  try {
    routes = routesFor(options.target)
    port = parsePort(options.port)
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: routesFor and parsePort throw nothing else
    if (!(e instanceof TargetError)) throw e
    complain(e.message)
    return EXIT.unusable
  }
  const hosts = [...new Set(routes.map((r) => new URL(r.origin).host))]
  const recorder = createRecorder({
    hosts,
    // Stryker disable next-line ConditionalExpression: keeping entries nobody writes only costs memory
    keepHar: options.har !== undefined,
    ...(options.now ? { now: () => options.now as Date } : {}),
    print: say,
    colors: pc.createColors(useColor(io)),
  })
  let proxy: Awaited<ReturnType<typeof startLintProxy>>
  try {
    proxy = await startLintProxy({ routes, port, onExchange: recorder.record, onProblem: complain })
  } catch (e) {
    complain(`cannot listen on 127.0.0.1:${port}: ${(e as { code?: string }).code ?? String(e)}`)
    return EXIT.unusable
  }
  say(`bill-mfa-lint proxy listening on ${proxy.url}`)

  const ended = await new Promise<{ code: number | undefined }>((resolve) => {
    let child: ChildProcess | undefined
    const stopListening = proc.onSignal((signal) => {
      // The command stops first (its exit ends the run); without one, the signal ends it now.
      if (child && child.exitCode === null) child.kill(signal)
      else finish(undefined)
    })
    const finish = (code: number | undefined) => {
      stopListening()
      resolve({ code })
    }
    const [cmd, ...args] = command
    if (cmd === undefined) return
    child = proc.spawn(cmd, args, { ...io.env, BILL_PROXY_URL: proxy.url })
    child.once('error', (e) => {
      complain(`cannot run ${cmd}: ${(e as { code?: string }).code ?? e.message}`)
      finish(EXIT.unusable)
    })
    child.once('exit', (code, signal) =>
      finish(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : EXIT.unusable)),
    )
  })

  await proxy.close()
  if (options.har) {
    try {
      await recorder.writeHar(options.har, packageVersion())
      say(`HAR (redacted) written to ${options.har}`)
    } catch (e) {
      complain(`cannot write ${options.har}: ${(e as { code?: string }).code ?? String(e)}`)
      return EXIT.unusable
    }
  }
  say(recorder.summaryLine())
  const failOn = options.failOn
  // Stryker disable next-line ConditionalExpression,StringLiteral: atLeast(severity, 'never') is false for every severity
  if (failOn !== 'never' && recorder.findings().some((f) => atLeast(f.severity, failOn))) return EXIT.findings
  return ended.code ?? EXIT.clean
}
