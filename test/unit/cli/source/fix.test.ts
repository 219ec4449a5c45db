import { describe, expect, it } from 'vitest'
import { fixSource } from '../../../../src/cli/source/fix.ts'
import type { SourceEdit, SourceFinding } from '../../../../src/cli/source/types.ts'

// --fix applies the safe rewrites of the findings it is given, once each, and lists the lines it changed.

const finding = (edit: SourceEdit | undefined, extra: Partial<SourceFinding> = {}): SourceFinding => ({
  ruleId: 'mfa-challenge-backup-phone',
  severity: 'error',
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  analysis: 'structural',
  ...(edit ? { edit } : {}),
  ...extra,
})
const safe = (start: number, end: number, text: string): SourceEdit => ({ start, end, text, kind: 'safe' })
const TEXT = 'a = true\nb = true\nc = true'

describe('fixSource', () => {
  it('applies safe edits in the order of the text, whatever the order of the findings', () => {
    const r = fixSource({ path: 'x.ts', text: TEXT }, [
      finding(safe(22, 26, 'false')),
      finding(safe(4, 8, 'false')),
    ])
    expect(r.text).toBe('a = false\nb = true\nc = false')
    expect(r.changes).toEqual([
      { line: 1, before: 'a = true', after: 'a = false' },
      { line: 3, before: 'c = true', after: 'c = false' },
    ])
  })

  it('never applies a suggestion, a suppressed finding or a finding without an edit', () => {
    const r = fixSource({ path: 'x.ts', text: TEXT }, [
      finding({ ...safe(4, 8, 'false'), kind: 'suggestion' }),
      finding(safe(13, 17, 'false'), { suppressed: { reason: 'kept' } }),
      finding(undefined),
    ])
    expect(r).toEqual({ text: TEXT, changes: [] })
    // The same on a one-line file: nothing at all is applied.
    const line = 'a = true'
    expect(
      fixSource({ path: 'x.ts', text: line }, [finding({ ...safe(4, 8, 'false'), kind: 'suggestion' })]),
    ).toEqual({
      text: line,
      changes: [],
    })
  })

  it('rewrites the same value found twice once, and applies edits that touch', () => {
    const twice = fixSource({ path: 'x.ts', text: TEXT }, [
      finding(safe(4, 8, 'false')),
      finding(safe(4, 8, 'false')),
    ])
    expect(twice.text).toBe('a = false\nb = true\nc = true')
    expect(twice.changes).toHaveLength(1)
    const touching = fixSource({ path: 'x.ts', text: 'truetrue' }, [
      finding(safe(0, 4, 'F')),
      finding(safe(4, 8, 'G')),
    ])
    expect(touching).toEqual({ text: 'FG', changes: [{ line: 1, before: 'truetrue', after: 'FG' }] })
  })

  it('never applies an edit that spans lines', () => {
    expect(fixSource({ path: 'x.ts', text: TEXT }, [finding(safe(4, 12, 'false'))])).toEqual({
      text: TEXT,
      changes: [],
    })
  })
})
