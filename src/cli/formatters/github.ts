import { describeLocation } from '../../shared/rules/report.ts'
import type { Severity } from '../../shared/rules/types.ts'
import { counts } from '../run-finding.ts'
import { fixLabel } from './parts.ts'
import type { Formatter } from './types.ts'

// GitHub Actions workflow commands (docs.github.com, "Workflow commands for GitHub Actions"): one
// `::error file=…,line=…::message` per finding that counts, shown on the pull request's diff.

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/** The message part: `%`, CR and LF are escaped. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
/** A property value: the same, plus `:` and `,`, which separate properties. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

export const formatGithub: Formatter = ({ findings }) =>
  findings
    .filter(counts)
    .map(({ report: f, source }) => {
      const { line, column } = f.location
      const props = [`file=${escapeProperty(f.file)}`]
      if (line !== undefined) props.push(`line=${line}`, `col=${column ?? 1}`)
      if (source) props.push(`endLine=${source.end.line}`, `endColumn=${source.end.column}`)
      props.push(`title=${escapeProperty(f.ruleId)}`)
      const where = line === undefined ? `${describeLocation(f.location)}: ` : ''
      const fix = f.fix ? `\n${fixLabel(f.ruleId)} ${f.fix}` : ''
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${where}${f.message}${fix}`)}\n`
    })
    .join('')
