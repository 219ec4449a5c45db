import { billRefKinds, hasBillEvidence, type MfaKind } from './evidence.ts'
import type { OffsetFinding } from './judge.ts'
import { fenceLanguage } from './language.ts'
import { scanCode } from './scan-code.ts'
import type { SourceLanguage } from './types.ts'

interface CodeBlock {
  /** Offset of the block's first content line in the document. */
  start: number
  text: string
  language: SourceLanguage
  /** The prose between the previous block and this one (its heading and introduction). */
  prose: string
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/
const INDENTED = /^(?: {4}|\t)/

/** Fenced blocks (with their language) and indented code; prose is never scanned as code. */
function codeBlocks(doc: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  const lines = doc.split('\n')
  let offset = 0
  let proseStart = 0
  let open: { fence: string; info: string; start: number; lines: string[] } | undefined
  let indented: { start: number; lines: string[] } | undefined
  let previousBlank = true
  const close = (start: number, text: string, language: SourceLanguage, end: number) => {
    blocks.push({ start, text, language, prose: doc.slice(proseStart, start) })
    proseStart = end
  }
  for (const raw of lines) {
    // Stryker disable next-line Regex: a line's only CR that FENCE cannot read past is its last
    const line = raw.replace(/\r$/, '')
    const next = offset + raw.length + 1
    if (open) {
      const closing = FENCE.exec(line)
      // Stryker disable next-line MethodExpression,OptionalChaining: a fence is one character repeated; its group exists
      const longEnough = closing?.[1]?.startsWith(open.fence)
      // Stryker disable next-line OptionalChaining: both groups exist when FENCE matches
      if (longEnough && closing?.[2]?.trim() === '') {
        close(open.start, open.lines.join('\n'), fenceLanguage(open.info), next)
        open = undefined
      } else open.lines.push(raw)
    } else if (indented && (INDENTED.test(line) || line.trim() === '')) {
      indented.lines.push(raw)
    } else {
      if (indented) close(indented.start, indented.lines.join('\n'), 'text', offset)
      indented = undefined
      const fence = FENCE.exec(line)
      // Stryker disable next-line StringLiteral: group 2 always exists when FENCE matches
      if (fence?.[1]) open = { fence: fence[1], info: fence[2] ?? '', start: next, lines: [] }
      else if (previousBlank && INDENTED.test(line) && line.trim() !== '')
        indented = { start: offset, lines: [raw] }
    }
    // An HTML comment line (a suppression) ends a block like a blank line: indented code may follow.
    previousBlank = line.trim() === '' || /^\s*<!--.*-->\s*$/.test(line)
    offset = next
  }
  if (indented) close(indented.start, indented.lines.join('\n'), 'text', offset)
  if (open) close(open.start, open.lines.join('\n'), fenceLanguage(open.info), offset)
  return blocks
}

/** Findings in a Markdown document's code, at offsets in the document. */
export function scanMarkdown(doc: string, now: Date): OffsetFinding[] {
  const evidence = hasBillEvidence(doc)
  // An endpoint on another API's own host is `other`: that API's example body is not BILL's request.
  const docKinds = billRefKinds(doc)
  return codeBlocks(doc).flatMap((block) => {
    const near = billRefKinds(block.prose)
    const kinds = new Set<MfaKind>(near.length > 0 ? near : docKinds)
    // Documentation is never rewritten: --fix leaves runbooks alone.
    return scanCode(block.text, block.language, { now, evidence, kinds }).map(({ edit: _, ...f }) => ({
      ...f,
      start: f.start + block.start,
      end: f.end + block.start,
    }))
  })
}
