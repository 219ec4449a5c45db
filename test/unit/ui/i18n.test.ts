import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import common from '../../../src/ui/i18n/en/common.json' with { type: 'json' }
import { en } from '../../../src/ui/i18n/en/index.ts'
import options from '../../../src/ui/i18n/en/options.json' with { type: 'json' }
import panel from '../../../src/ui/i18n/en/panel.json' with { type: 'json' }
import popup from '../../../src/ui/i18n/en/popup.json' with { type: 'json' }
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

  it('defines each key in one file of the catalogue only (merging would hide a second text)', () => {
    const files = [common, popup, options, panel].map((file) => Object.keys(file))
    expect(new Set(files.flat()).size).toBe(files.flat().length)
    expect(Object.keys(en)).toHaveLength(files.flat().length)
  })

  it('names every placeholder with a word', () => {
    for (const text of Object.values(en))
      for (const m of text.matchAll(/\{([^}]*)\}/g)) expect(m[1]).toMatch(/^\w+$/)
  })
})
