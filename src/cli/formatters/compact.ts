import { describeLocation } from '../../shared/rules/report.ts'
import { counts } from '../run-finding.ts'
import type { Formatter } from './types.ts'

/**
 * One line per finding that counts, `file:line:col: severity rule-id message`, for editors' problem
 * matchers and grep. HAR entries and Postman items have no line: `file: severity rule-id message (entry 3)`.
 */
export const formatCompact: Formatter = ({ findings }) =>
  findings
    .filter(counts)
    .map(({ report: f }) => {
      const { line, column } = f.location
      const at = line === undefined ? `${f.file}:` : `${f.file}:${line}:${column ?? 1}:`
      const where = line === undefined ? ` (${describeLocation(f.location)})` : ''
      return `${at} ${f.severity} ${f.ruleId} ${f.message}${where}\n`
    })
    .join('')
