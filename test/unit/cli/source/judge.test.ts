import { describe, expect, it } from 'vitest'
import type { MfaKind } from '../../../../src/cli/source/evidence.ts'
import { type FieldUse, type JudgeContext, judge } from '../../../../src/cli/source/judge.ts'

// One field use at a time, judged the way scanCode judges it: where it goes, which rule, which severity,
// and the rewrite --fix may apply.

const AFTER = new Date('2026-04-10')
const BEFORE = new Date('2026-03-01')
const kinds = (...k: MfaKind[]): ReadonlySet<MfaKind> => new Set(k)

/** A literal use whose boolean word sits at [10, 10 + word's length) of `text`. */
function literalUse(field: FieldUse['field'], word: string, k?: ReadonlySet<MfaKind>): FieldUse {
  return {
    field,
    start: 2,
    end: 10 + word.length,
    value: { literal: true, written: word.toLowerCase() === 'true', start: 10, end: 10 + word.length },
    analysis: 'structural',
    ...(k ? { kinds: k } : {}),
  }
}
const textWith = (word: string) => `x useBack ${word} rest`
const ctx = (over: Partial<JudgeContext> = {}): JudgeContext => ({
  now: AFTER,
  fileKinds: kinds(),
  fixable: true,
  text: textWith('true'),
  ...over,
})

describe('judge: where a field goes', () => {
  it('the kinds named by the call decide over the file’s', () => {
    const f = judge(
      literalUse('useBackup', 'true', kinds('challenge-v2')),
      ctx({ fileKinds: kinds('challenge-v3') }),
    )
    expect(f?.endpoint).toBe('v2.mfa.challenge')
    expect(f?.message).toContain('an error response')
    const v3 = judge(
      literalUse('useBackup', 'true', kinds('challenge-v3')),
      ctx({ fileKinds: kinds('challenge-v2') }),
    )
    expect(v3?.endpoint).toBe('v3.mfa.challenge')
    expect(v3?.message).toContain('HTTP 400 since')
  })

  it('without kinds of its own, the file’s decide', () => {
    const f = judge(literalUse('useBackup', 'true'), ctx({ fileKinds: kinds('challenge-v3') }))
    expect(f).toMatchObject({ endpoint: 'v3.mfa.challenge', ruleId: 'mfa-challenge-backup-phone', start: 2 })
  })

  it('a literal useBackup with no endpoint named anywhere is taken for the challenge’s, with no endpoint', () => {
    const f = judge(literalUse('useBackup', 'true'), ctx())
    expect(f).toMatchObject({ ruleId: 'mfa-challenge-backup-phone', endpoint: undefined, field: 'useBackup' })
    expect(f?.message).toContain('HTTP 400 (v3) or an error response (v2)')
    expect(judge(literalUse('useBackup', 'false'), ctx({ text: textWith('false') }))?.ruleId).toBe(
      'mfa-optional-field',
    )
  })

  it('no guess where the file or the call names other endpoints, for primary, or for a run-time value', () => {
    expect(judge(literalUse('useBackup', 'true'), ctx({ fileKinds: kinds('other') }))).toBeUndefined()
    expect(judge(literalUse('useBackup', 'true', kinds()), ctx())).toBeUndefined()
    expect(judge(literalUse('useBackup', 'true', kinds('setup')), ctx())).toBeUndefined()
    expect(judge(literalUse('primary', 'false'), ctx())).toBeUndefined()
    const runtime: FieldUse = {
      field: 'useBackup',
      start: 0,
      end: 5,
      value: { literal: false },
      analysis: 'text',
    }
    expect(judge(runtime, ctx())).toBeUndefined()
  })

  it('primary counts on /mfa/setup only', () => {
    const f = judge(literalUse('primary', 'false', kinds('setup')), ctx({ text: textWith('false') }))
    expect(f).toMatchObject({ ruleId: 'mfa-setup-secondary-phone', endpoint: 'v3.mfa.setup', value: false })
    expect(judge(literalUse('primary', 'false', kinds('challenge-v3')), ctx())).toBeUndefined()
    expect(judge(literalUse('primary', 'true', kinds('setup')), ctx())?.ruleId).toBe('mfa-optional-field')
  })
})

describe('judge: values', () => {
  it('a value decided at run time is a warning of its own rule, worded for the API', () => {
    const runtime = (k: ReadonlySet<MfaKind>): FieldUse => ({
      field: 'useBackup',
      start: 4,
      end: 9,
      value: { literal: false },
      kinds: k,
      analysis: 'text',
    })
    const v2 = judge(runtime(kinds('challenge-v2')), ctx({ now: BEFORE }))
    expect(v2).toMatchObject({
      ruleId: 'mfa-field-runtime-value',
      severity: 'warning',
      start: 4,
      end: 9,
      analysis: 'text',
      endpoint: 'v2.mfa.challenge',
    })
    expect(v2?.message).toContain('on MFAChallenge.json')
    expect(v2?.edit).toBeUndefined()
    expect(judge(runtime(kinds('challenge-v3')), ctx())?.message).toContain('on the MFA challenge')
  })

  it('a written value that is not a boolean is not judged', () => {
    const use: FieldUse = {
      ...literalUse('useBackup', 'true', kinds('challenge-v3')),
      value: { literal: true, written: 'yes', start: 10, end: 13 },
    }
    expect(judge(use, ctx())).toBeUndefined()
  })

  it('the deprecated value is a warning before the deadline and an error from it; the allowed one is info', () => {
    const use = literalUse('useBackup', 'true', kinds('challenge-v3'))
    expect(judge(use, ctx({ now: BEFORE }))?.severity).toBe('warning')
    expect(judge(use, ctx({ now: AFTER }))?.severity).toBe('error')
    const allowed = literalUse('useBackup', 'false', kinds('challenge-v3'))
    expect(judge(allowed, ctx({ text: textWith('false') }))?.severity).toBe('info')
  })
})

describe('judge: the rewrite', () => {
  it.each([
    ['true', 'false'],
    ['True', 'False'],
    ['TRUE', 'FALSE'],
    ['tRUE', 'false'],
  ])('flips %s to %s, keeping its case; the fix is safe', (word, flipped) => {
    const f = judge(literalUse('useBackup', word, kinds('challenge-v3')), ctx({ text: textWith(word) }))
    expect(f?.edit).toEqual({ start: 10, end: 10 + word.length, text: flipped, kind: 'safe' })
  })

  it('a quoted word keeps its quotes; primary false becomes true as a suggestion', () => {
    const text = 'x primary "False" rest'
    const use: FieldUse = {
      field: 'primary',
      start: 2,
      end: 17,
      value: { literal: true, written: 'False', start: 10, end: 17 },
      kinds: kinds('setup'),
      analysis: 'structural',
    }
    expect(judge(use, ctx({ text }))?.edit).toEqual({
      start: 10,
      end: 17,
      text: '"True"',
      kind: 'suggestion',
    })
  })

  it('no rewrite of an allowed value, nor where the language is not fixable', () => {
    const allowed = literalUse('useBackup', 'false', kinds('challenge-v3'))
    const f = judge(allowed, ctx({ text: textWith('false') }))
    expect(f).toBeDefined()
    expect(f && 'edit' in f).toBe(false)
    const notFixable = judge(literalUse('useBackup', 'true', kinds('challenge-v3')), ctx({ fixable: false }))
    expect(notFixable?.ruleId).toBe('mfa-challenge-backup-phone')
    expect(notFixable && 'edit' in notFixable).toBe(false)
  })
})
