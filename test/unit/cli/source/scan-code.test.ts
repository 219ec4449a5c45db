import { describe, expect, it } from 'vitest'
import type { MfaKind } from '../../../../src/cli/source/evidence.ts'
import { scanCode } from '../../../../src/cli/source/scan-code.ts'
import { importContext } from './import-context.ts'

// One piece of code: the context gate, where the endpoints come from, which languages get a rewrite,
// the URL findings after the fields' (which analysis reads it, one finding per place: scan-code-analyses).

const NOW = new Date('2026-04-10')
const rules = (text: string, language: Parameters<typeof scanCode>[1], ctx = {}) =>
  scanCode(text, language, { now: NOW, ...ctx }).map((f) => `${f.ruleId} ${f.endpoint ?? '-'}`)

describe('scanCode: the context gate', () => {
  const CODE = 'const body = { useBackup: true }'
  it('no field finding without BILL in the code, around it or in the tree', () => {
    expect(rules(CODE, 'text')).toEqual([])
    expect(rules(CODE, 'text', { kinds: new Set<MfaKind>(['challenge-v3']) })).toEqual([])
  })

  it('BILL in the code, around it (a document) or in the tree opens it', () => {
    expect(rules(`// bill.com\n${CODE}`, 'text')).toEqual(['mfa-challenge-backup-phone -'])
    expect(rules(CODE, 'text', { evidence: true })).toEqual(['mfa-challenge-backup-phone -'])
    expect(rules(CODE, 'text', { imports: importContext({ evidence: true }) })).toEqual([
      'mfa-challenge-backup-phone -',
    ])
  })

  it('URL findings come without BILL evidence, after the fields’', () => {
    const text = 'get("https://api-sandbox.bill.com/x")\nuseBackup: true'
    expect(rules(text, 'text')).toEqual(['mfa-challenge-backup-phone -', 'sunset-host -'])
    expect(rules('get("https://api-sandbox.com/api/v2/x?devKey=1")', 'text')).toEqual([
      'credentials-in-query -',
    ])
  })
})

describe('scanCode: where the fields go', () => {
  const CODE = 'useBackup: true'
  it('the code’s own references and the tree’s kinds first, the surroundings’ last', () => {
    const v2 = new Set<MfaKind>(['challenge-v2'])
    expect(rules(`/v3/mfa/challenge\n${CODE}`, 'text', { evidence: true, kinds: v2 })).toEqual([
      'mfa-challenge-backup-phone v3.mfa.challenge',
    ])
    const tree = importContext({ evidence: true, kinds: ['challenge-v3'] })
    expect(rules(CODE, 'text', { imports: tree, kinds: v2 })).toEqual([
      'mfa-challenge-backup-phone v3.mfa.challenge',
    ])
    expect(rules(CODE, 'text', { evidence: true, kinds: v2 })).toEqual([
      'mfa-challenge-backup-phone v2.mfa.challenge',
    ])
  })
})

describe('scanCode: rewrites', () => {
  const CODE = "post('/v3/mfa/challenge', { useBackup: true })"
  it.each([
    ['typescript', true],
    ['tsx', true],
    ['javascript', true],
    ['python', true],
    ['ruby', false],
    ['text', false],
  ] as const)('%s gets a rewrite: %s', (language, fixable) => {
    const code = language === 'python' ? "post('/v3/mfa/challenge', json={'useBackup': True})" : CODE
    const found = scanCode(code, language, { now: NOW })
    expect(found.map((f) => f.ruleId)).toEqual(['mfa-challenge-backup-phone'])
    expect(found[0]?.edit !== undefined).toBe(fixable)
  })

  it('the same field on two lines is two findings', () => {
    const text = 'bill.com\nuseBackup: true\nuseBackup: true'
    expect(rules(text, 'text')).toEqual(['mfa-challenge-backup-phone -', 'mfa-challenge-backup-phone -'])
  })
})
