import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import en from '../../../src/ui/i18n/en.json' with { type: 'json' }
import { t } from '../../../src/ui/i18n/t.ts'

describe('t(): the pages’ words from one catalogue', () => {
  it('gives the English text as it is, with each {name} filled in', () => {
    expect(t('openSideView')).toBe('Open in side panel')
    expect(t('resendIn', { time: '0:42' })).toBe('Resend in 0:42')
    expect(t('handOffAsk', { what: t('handOffCurl') })).toBe('Copy a curl command?')
  })

  it('leaves a placeholder it has no value for, and never expands braces inside a value', () => {
    expect(t('signingInTo')).toBe('Signing in to {profile}…')
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(t('flaggedFix', { fix: value })).toBe(`Fix: ${value}`)
      }),
    )
  })

  it('names every placeholder with a word', () => {
    for (const text of Object.values(en))
      for (const m of text.matchAll(/\{([^}]*)\}/g)) expect(m[1]).toMatch(/^\w+$/)
  })
})
