import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser'
import { SEVERITIES, type Severity } from '../shared/rules/types.ts'
import { UsageError } from './cli-io.ts'
import { CONFIG_FILE } from './config-file.ts'
import { badPattern } from './exclude.ts'
import { PACKAGE_NAME } from './own-output.ts'
import { unknownRule } from './rule-filter.ts'

// The project's settings: `.bill-mfa-lint.json` (comments and trailing commas allowed) or a
// "bill-mfa-lint" key in package.json, found in the working directory or the nearest directory above it,
// up to the repository root. Options on the command line add to them (--host, --exclude) or win
// (--fail-on, --select).

export interface Config {
  /** Where it was read from, as shown in messages. */
  file: string
  /** The directory its "excludes" are relative to. */
  dir: string
  hosts: string[]
  excludes: string[]
  /** Rule ids turned "off" (or "on", the default). */
  rules: Record<string, 'off' | 'on'>
  failOn?: Severity | 'never'
}

const KEYS = ['hosts', 'excludes', 'rules', 'failOn']
const FAIL_ON: readonly string[] = [...SEVERITIES, 'never']

const fail = (file: string, reason: string): never => {
  throw new UsageError(`${file}: ${reason}`)
}

function strings(file: string, key: string, value: unknown): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    return fail(file, `"${key}" must be a list of strings`)
  return value as string[]
}

/** Checks a settings object and fills in the defaults; every defect is one line naming the file. */
function readSettings(file: string, dir: string, value: unknown): Config {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(file, 'the settings must be an object')
  const raw = value as Record<string, unknown>
  const unknown = Object.keys(raw).find((k) => !KEYS.includes(k))
  if (unknown !== undefined) fail(file, `unknown key "${unknown}" (known: ${KEYS.join(', ')})`)
  const excludes = strings(file, 'excludes', raw.excludes)
  for (const p of excludes) {
    const bad = badPattern(p)
    if (bad) fail(file, `"excludes": ${bad}`)
  }
  const rules: Record<string, 'off' | 'on'> = {}
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules))
      fail(file, '"rules" must be an object: { "<rule-id>": "off" }')
    for (const [id, setting] of Object.entries(raw.rules as object)) {
      const bad = unknownRule(id)
      if (bad) fail(file, `"rules": ${bad}`)
      if (setting !== 'off' && setting !== 'on') fail(file, `"rules": "${id}" must be "off" or "on"`)
      rules[id] = setting
    }
  }
  if (raw.failOn !== undefined && !FAIL_ON.includes(raw.failOn as string))
    fail(file, `"failOn" must be one of ${FAIL_ON.join(', ')}`)
  return {
    file,
    dir,
    hosts: strings(file, 'hosts', raw.hosts),
    excludes,
    rules,
    ...(raw.failOn !== undefined ? { failOn: raw.failOn as Severity | 'never' } : {}),
  }
}

function parseFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return fail(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e))
  }
  const errors: ParseError[] = []
  const doc = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false })
  const [first] = errors
  if (first) {
    const line = text.slice(0, first.offset).split('\n').length
    fail(file, `broken JSON at line ${line}: ${printParseErrorCode(first.error)}`)
  }
  return doc
}

/** The "bill-mfa-lint" key of a package.json; a package.json that does not parse is not ours to judge. */
function packageSettings(file: string): { found: true; value: unknown } | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null
    if (manifest && typeof manifest === 'object' && PACKAGE_NAME in manifest)
      return { found: true, value: manifest[PACKAGE_NAME] }
  } catch {}
  return undefined
}

/**
 * The settings named with --config, else the nearest `.bill-mfa-lint.json` or package.json key from the
 * working directory up to the repository root (the directory holding .git); undefined when none.
 */
export function loadConfig(named?: string): Config | undefined {
  if (named !== undefined) return readSettings(named, dirname(resolve(named)), parseFile(named))
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const own = join(dir, CONFIG_FILE)
    if (existsSync(own)) return readSettings(own, dir, parseFile(own))
    const manifest = join(dir, 'package.json')
    const key = existsSync(manifest) ? packageSettings(manifest) : undefined
    if (key) return readSettings(`${manifest} ("${PACKAGE_NAME}")`, dir, key.value)
    if (existsSync(join(dir, '.git')) || dir === dirname(dir)) return undefined
  }
}
