import { Command, InvalidArgumentError } from 'commander'
import pc from 'picocolors'
import { CONCURRENT_REQUESTS_LIMIT, REQUESTS_PER_HOUR, SIGN_INS_PER_HOUR } from '../src/shared/bill/limits.ts'
import { MFA_BYPASS_DEV_KEY } from './accounts.ts'
import { DEFAULT_CODE_TTL_SECONDS, DEFAULT_IDLE_TIMEOUT_SECONDS } from './options.ts'
import {
  isParity,
  PARITIES,
  type Parity,
  parseTokenLifetime,
  type TokenLifetime,
  tokenLifetime,
} from './parity.ts'
import { startSandbox } from './server.ts'

// CLI: npm run sandbox -- --port 4010

function nonNegativeInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Expected a whole number, 0 or more.')
  return n
}

function parity(value: string): Parity {
  if (!isParity(value)) throw new InvalidArgumentError(`Expected ${PARITIES.join(' or ')}.`)
  return value
}

function lifetime(value: string): TokenLifetime {
  const parsed = parseTokenLifetime(value)
  if (parsed === undefined) throw new InvalidArgumentError('Expected a number of hours above 0, or never.')
  return parsed
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
  .option('--parity <mode>', `imitate BILL's ${PARITIES.join(' or ')} rules (MFA, limits)`, parity, 'sandbox')
  .option(
    '--token-lifetime-hours <n|never>',
    'lifetime of a sync-token session (default: 48 in production parity, never in sandbox parity)',
    lifetime,
  )
  .option('--cors', 'answer CORS preflights on BILL paths (real BILL does not document CORS)', false)
  .option('--quiet', 'do not log requests', false)
  .parse()

const opts = program.opts<{
  port: number
  host: string
  idleTimeoutSeconds: number
  codeTtlSeconds: number
  parity: Parity
  tokenLifetimeHours?: TokenLifetime
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
console.log(
  `  control: ${sandbox.origin}/__sandbox/  (status, parity, usage, accounts, sms, clock, faults, reset, requests, demo)`,
)
const hours = tokenLifetime(sandbox.state)
console.log(
  `  parity: ${pc.bold(sandbox.state.parity)}${
    sandbox.state.parity === 'production'
      ? ` (protected operations need MFA, no MFA bypass, limits: ${CONCURRENT_REQUESTS_LIMIT} at once, ${SIGN_INS_PER_HOUR} sign-ins and ${REQUESTS_PER_HOUR} requests an hour)`
      : ` (dev key ${MFA_BYPASS_DEV_KEY} bypasses MFA)`
  }; token sessions: ${hours === 'never' ? 'never expire' : `${hours} h`}`,
)
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
