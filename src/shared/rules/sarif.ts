import type { RuleInfo } from './catalogue.ts'
import { type DateInput, severityAt } from './dates.ts'
import type { LintReport, ReportFinding } from './report.ts'
import type { Severity } from './types.ts'

// SARIF 2.1.0 (OASIS), the format code-scanning dashboards import. Only the parts they read are built.

type SarifLevel = 'error' | 'warning' | 'note'

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' }

export interface SarifTool {
  name: string
  version: string
  informationUri?: string
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string }
    region?: { startLine: number; startColumn?: number }
  }
  logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[]
}

const toUri = (file: string) => encodeURI(file.replace(/\\/g, '/'))

function location(f: ReportFinding): SarifLocation {
  const artifactLocation = { uri: toUri(f.file) }
  const { line, column, entry, item } = f.location
  if (line !== undefined) {
    return {
      physicalLocation: {
        artifactLocation,
        region: { startLine: line, ...(column ? { startColumn: column } : {}) },
      },
    }
  }
  // HAR entries and Postman items have no line: the file plus a logical location naming them.
  const logical =
    entry !== undefined
      ? { name: `entries[${entry}]`, fullyQualifiedName: `log.entries[${entry}]`, kind: 'object' }
      : item !== undefined
        ? { name: item.split(' / ').at(-1) ?? item, fullyQualifiedName: item, kind: 'object' }
        : undefined
  return { physicalLocation: { artifactLocation }, ...(logical ? { logicalLocations: [logical] } : {}) }
}

export function reportToSarif(
  report: LintReport,
  rules: readonly RuleInfo[],
  tool: SarifTool,
  now: DateInput,
) {
  const index = new Map(rules.map((r, i) => [r.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            ...tool,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.title },
              fullDescription: { text: r.help },
              help: { text: r.help },
              defaultConfiguration: { level: LEVEL[severityAt(r.severity, now)] },
            })),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
          locations: [location(f)],
          ...(f.request || f.field
            ? {
                properties: {
                  ...(f.request ? { request: f.request } : {}),
                  ...(f.field ? { field: f.field } : {}),
                },
              }
            : {}),
        })),
      },
    ],
  }
}
