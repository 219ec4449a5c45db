import type { Severity } from '../shared/rules/types.ts'
import { UsageError } from './cli-io.ts'
import { loadConfig } from './config.ts'
import { badPattern, excluder } from './exclude.ts'
import type { LintOptions } from './lint.ts'
import { ruleFilter, ruleList } from './rule-filter.ts'

/** The options of the lint command that the config file can also give. */
export interface SettingsOptions {
  failOn?: Severity | 'never'
  host?: string[]
  exclude?: string[]
  select?: string[]
  ignore?: string[]
  quiet?: boolean
  config?: string
}

export interface RunSettings {
  lint: Omit<LintOptions, 'now'>
  failOn: Severity | 'never'
  /** Whether a finding of this rule and severity is reported (--select, --ignore, "rules", --quiet). */
  keep(ruleId: string, severity: Severity): boolean
}

/** The command line over the config file: lists add up, single values on the command line win. */
export function runSettings(opts: SettingsOptions): RunSettings {
  const config = loadConfig(opts.config)
  for (const p of opts.exclude ?? []) {
    const bad = badPattern(p)
    if (bad) throw new UsageError(`--exclude: ${bad}`)
  }
  const off = Object.entries(config?.rules ?? {}).flatMap(([id, s]) => (s === 'off' ? [id] : []))
  const rules = ruleFilter(ruleList(opts.select ?? []), ruleList(opts.ignore ?? []), off)
  if (typeof rules === 'string') throw new UsageError(rules)
  const exclude = excluder([
    ...(config ? [{ base: config.dir, patterns: config.excludes }] : []),
    { base: process.cwd(), patterns: opts.exclude ?? [] },
  ])
  return {
    lint: { hosts: [...(config?.hosts ?? []), ...(opts.host ?? [])], ...(exclude ? { exclude } : {}) },
    failOn: opts.failOn ?? config?.failOn ?? 'error',
    keep: (ruleId, severity) => rules(ruleId) && (!opts.quiet || severity === 'error'),
  }
}
