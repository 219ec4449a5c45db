import { ALL_RULES } from '../../shared/rules/catalogue.ts'
import { reportToSarif } from '../../shared/rules/sarif.ts'
import { FINGERPRINT_KEY } from '../baseline.ts'
import { fixKind } from '../fix/fix-kinds.ts'
import type { RunFinding } from '../run-finding.ts'
import { packageVersion } from '../version.ts'
import { TOOL_NAME } from './json.ts'
import type { Formatter } from './types.ts'

const TOOL = { name: TOOL_NAME, informationUri: 'https://developer.bill.com/changelog' }

/**
 * SARIF 2.1.0 `fixes` for a source finding whose literal has a rewrite. A suggestion (it would change
 * what the call does) says so in its description and in `properties.fixKind`; --fix never applies it.
 */
function fixes(f: RunFinding, uri: string) {
  const edit = f.rewrite
  if (!edit) return {}
  const advice = f.report.fix ?? ''
  const text =
    edit.kind === 'suggestion'
      ? `Suggestion, not applied by --fix: it changes what the call does. ${advice}`
      : advice
  const deletedRegion = {
    startLine: edit.start.line,
    startColumn: edit.start.column,
    endLine: edit.end.line,
    endColumn: edit.end.column,
  }
  const replacements = [{ deletedRegion, insertedContent: { text: edit.text } }]
  return {
    fixes: [
      {
        description: { text },
        artifactChanges: [{ artifactLocation: { uri }, replacements }],
        properties: { fixKind: edit.kind },
      },
    ],
  }
}

export const formatSarif: Formatter = ({ report, findings, now }) => {
  const doc = reportToSarif(report, ALL_RULES, { ...TOOL, version: packageVersion() }, now)
  const results = doc.runs[0]?.results ?? []
  results.forEach((r, i) => {
    const f = findings[i]
    if (!f) return
    const physical = r.locations[0]?.physicalLocation
    const region = physical?.region
    if (region && f.source)
      Object.assign(region, { endLine: f.source.end.line, endColumn: f.source.end.column })
    const kind = f.report.fix ? fixKind(f.report.ruleId) : undefined
    const extra = { ...(f.source ? { analysis: f.source.analysis } : {}), ...(kind ? { fixKind: kind } : {}) }
    Object.assign(r, {
      ...(Object.keys(extra).length > 0 ? { properties: { ...r.properties, ...extra } } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
      ...(f.baselineState ? { baselineState: f.baselineState } : {}),
      ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
      ...(physical ? fixes(f, physical.artifactLocation.uri) : {}),
    })
  })
  return `${JSON.stringify(doc, null, 2)}\n`
}
