import { Command, InvalidArgumentError } from 'commander'
import pc from 'picocolors'
import { DEFAULT_CODE_TTL_SECONDS, DEFAULT_IDLE_TIMEOUT_SECONDS } from './options.ts'
import { startSandbox } from './server.ts'

// CLI: npm run sandbox -- --port 4010

function nonNegativeInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Expected a whole number, 0 or more.')
  return n
}

const program = new Command()
  .name('sandbox')
  .description('A local BILL API sandbox (v2 and v3 sign-in, sessions, SMS MFA, protected operations).')
  .option('--port <n>', 'port to listen on (0 picks a free one)', nonNegativeInt, 4010)
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option(
    '--idle-timeout-seconds <n>',
    'idle time before a session ends',
    nonNegativeInt,
    DEFAULT_IDLE_TIMEOUT_SECONDS,
  )
  .option('--code-ttl-seconds <n>', 'lifetime of an SMS code', nonNegativeInt, DEFAULT_CODE_TTL_SECONDS)
  .option('--cors', 'answer CORS preflights on BILL paths (real BILL does not document CORS)', false)
  .option('--quiet', 'do not log requests', false)
  .parse()

const opts = program.opts<{
  port: number
  host: string
  idleTimeoutSeconds: number
  codeTtlSeconds: number
  cors: boolean
  quiet: boolean
}>()

const sandbox = await startSandbox(opts).catch((error: { code?: string; message?: string }) => {
  // A start-up failure is the user's to fix: one line that says what and how, never a stack trace.
  const where = `${opts.host}:${opts.port}`
  console.error(
    error.code === 'EADDRINUSE'
      ? `sandbox: port ${opts.port} is in use on ${opts.host} (another sandbox, or npm start?): stop it, or pick a free port with --port 0`
      : `sandbox: cannot listen on ${where}: ${error.code ?? error.message}`,
  )
  process.exit(1)
})
console.log(pc.bold(`BILL sandbox listening on ${sandbox.origin}`))
console.log(`  v3 base: ${pc.cyan(sandbox.v3Base)}`)
console.log(`  v2 base: ${pc.cyan(sandbox.v2Base)}`)
console.log(`  control: ${sandbox.origin}/__sandbox/  (accounts, sms, clock, faults, reset, requests, demo)`)
console.log('  demo credentials (sandbox only):')
for (const a of sandbox.accounts) {
  const extras = [a.phone ? `phone ${a.phone}` : 'no MFA phone']
  if (a.syncToken) extras.push(`sync token ${a.syncToken.name} = ${a.syncToken.token}`)
  console.log(
    `    ${a.username} / ${a.password}  org ${a.organizationId}  devKey ${a.devKey}  (${extras.join(', ')})`,
  )
}

const stop = () => {
  void sandbox.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
