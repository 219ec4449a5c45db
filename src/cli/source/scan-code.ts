import { billRefKinds, hasBillEvidence, type MfaKind } from './evidence.ts'
import type { ImportContext } from './imports/context.ts'
import { judge, type OffsetFinding } from './judge.ts'
import { structuralScan } from './structural/index.ts'
import { textScan } from './text-scan.ts'
import type { SourceLanguage } from './types.ts'
import { urlScan } from './url-scan.ts'

export interface CodeContext {
  now: Date
  /** BILL evidence found around the code (the rest of a Markdown document); the code itself also counts. */
  evidence?: boolean
  /** MFA endpoints named around the code, the last resort for where a field goes. */
  kinds?: ReadonlySet<MfaKind>
  /** What the other modules of the scanned tree say about this file (imported constants, bodies sent). */
  imports?: ImportContext
}

const FIXABLE: ReadonlySet<SourceLanguage> = new Set(['typescript', 'tsx', 'javascript', 'python'])

/** Parsed field uses; a parser that fails leaves the file to the line matcher rather than the run. */
function parsed(text: string, language: SourceLanguage, ctx: CodeContext) {
  try {
    return structuralScan(text, language, ctx.imports, ctx.evidence)
  } catch {
    // The line matcher reads it (scanCode).
  }
  return undefined
}

/** Findings in one piece of code, at offsets in that code. */
export function scanCode(text: string, language: SourceLanguage, ctx: CodeContext): OffsetFinding[] {
  const urls = urlScan(text, ctx.now)
  // The context gate: useBackup and primary are common words; without BILL around them, nothing.
  if (!ctx.evidence && !ctx.imports?.evidence && !hasBillEvidence(text)) return urls
  const own = [...billRefKinds(text), ...(ctx.imports?.kinds ?? [])]
  const fileKinds = new Set<MfaKind>(own.length > 0 ? own : (ctx.kinds ?? []))
  const uses = parsed(text, language, ctx) ?? textScan(text)
  const judged = { now: ctx.now, fileKinds, fixable: FIXABLE.has(language), text }
  const seen = new Set<string>()
  const out: OffsetFinding[] = []
  for (const use of uses) {
    const finding = judge(use, judged)
    const key = `${use.start}:${finding?.ruleId}`
    if (!finding || seen.has(key)) continue
    seen.add(key)
    out.push(finding)
  }
  return [...out, ...urls]
}
