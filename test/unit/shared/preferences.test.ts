import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyPreferenceChange,
  DEFAULT_PREFERENCES,
  normalizePreferences,
} from '../../../src/shared/preferences.ts'

describe('normalizePreferences', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizePreferences(undefined)).toEqual(DEFAULT_PREFERENCES)
    expect(DEFAULT_PREFERENCES).toMatchObject({
      keepAliveEnabled: false,
      warnMinutesBefore: 5,
      historyRetentionDays: 30,
    })
  })

  it('keeps valid fields and replaces each invalid one by its default', () => {
    expect(
      normalizePreferences({
        badgeEnabled: false,
        warnMinutesBefore: 99,
        badgeFormat: 'mm:ss',
        keepAliveMaxPings: 7,
      }),
    ).toEqual({ ...DEFAULT_PREFERENCES, badgeEnabled: false, keepAliveMaxPings: 7 })
  })

  it('always returns a complete, valid Preferences for any stored value', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const prefs = normalizePreferences(raw)
        expect(Object.keys(prefs).sort()).toEqual(Object.keys(DEFAULT_PREFERENCES).sort())
        expect(applyPreferenceChange(DEFAULT_PREFERENCES, prefs)).toEqual({ ok: true, value: prefs })
      }),
    )
  })
})

describe('applyPreferenceChange', () => {
  it('applies a valid change and leaves the rest', () => {
    expect(
      applyPreferenceChange(DEFAULT_PREFERENCES, { keepAliveEnabled: true, keepAliveMaxPings: 5 }),
    ).toEqual({
      ok: true,
      value: { ...DEFAULT_PREFERENCES, keepAliveEnabled: true, keepAliveMaxPings: 5 },
    })
  })

  it('names each invalid field and refuses unknown keys', () => {
    expect(applyPreferenceChange(DEFAULT_PREFERENCES, { warnMinutesBefore: 0, badgeEnabled: 'yes' })).toEqual(
      {
        ok: false,
        errors: {
          warnMinutesBefore: 'Enter a whole number from 1 to 30.',
          badgeEnabled: 'Choose on or off.',
        },
      },
    )
    expect(applyPreferenceChange(DEFAULT_PREFERENCES, { theme: 'dark' })).toMatchObject({
      ok: false,
      errors: { theme: expect.stringContaining('Unknown') },
    })
  })
})
