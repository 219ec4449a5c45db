import { describe, expect, it } from 'vitest'
import type { ImportContext } from '../../../../src/cli/source/imports/context.ts'
import { scanCode } from '../../../../src/cli/source/scan-code.ts'
import { importContext } from './import-context.ts'

// Which analysis reads a piece of code: the parser where it takes the code, the line matcher where it
// fails; one finding per place and rule whichever reads it; uses that go nowhere give nothing.

const NOW = new Date('2026-04-10')
const found = (text: string, language: Parameters<typeof scanCode>[1], imports?: ImportContext) =>
  scanCode(text, language, { now: NOW, ...(imports ? { imports } : {}) }).map(
    (f) => `${f.ruleId} ${f.analysis} ${text.slice(f.start, f.end)}`,
  )

describe('scanCode: the parser first, the line matcher when it fails', () => {
  const CODE = "const body = { useBackup: true }\npost('/v3/mfa/challenge', body)"

  it('parsed code gives the parser’s findings', () => {
    expect(found(CODE, 'typescript')).toEqual(['mfa-challenge-backup-phone structural useBackup: true'])
  })

  it('a parser that throws midway leaves the code to the line matcher, and the run goes on', () => {
    const broken = Object.defineProperty(importContext({ evidence: true }), 'constants', {
      get: () => {
        throw new Error('parser failed')
      },
    })
    expect(found(CODE, 'typescript', broken)).toEqual(['mfa-challenge-backup-phone text useBackup: true'])
  })
})

describe('scanCode: one finding per place and rule', () => {
  it('a use found by the parser and by the line matcher (in code it could not read) is one finding', () => {
    // The stray `)` makes an ERROR node around the object: its text goes to the line matcher too.
    const text = "post('/v3/mfa/challenge', { useBackup: true ) }"
    expect(found(text, 'typescript')).toEqual(['mfa-challenge-backup-phone structural useBackup: true'])
  })

  it('the same field at two places is two findings', () => {
    const text =
      "post('/v3/mfa/challenge', { useBackup: true ) }\npost('/v3/mfa/challenge', { useBackup: true ) }"
    expect(found(text, 'typescript')).toHaveLength(2)
  })

  it('a use that goes to no MFA endpoint gives nothing, and the others still come', () => {
    // `primary` far from any /mfa/setup reference is someone else's flag.
    const text = ['bill.com /v3/mfa/challenge', 'primary: true', 'useBackup: true'].join('\n')
    expect(found(text, 'text')).toEqual(['mfa-challenge-backup-phone text useBackup: true'])
  })
})
