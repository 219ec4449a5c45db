import { describe, expect, it } from 'vitest'
import { textFields } from '../../../../src/cli/source/text-fields.ts'

// The fields written in a piece of text, at their offsets in the file: literal values always, run-time
// ones on request, and inside a string only where they open and close a member of a body.

const OFFSET = 100
/** `${x}` as written in the scanned text (an interpolation of another language). */
const DOLLAR = '$'
const spans = (text: string, runtime = false, bodyOnly = false) =>
  textFields(text, OFFSET, runtime, 'text', bodyOnly).map((u) => ({
    field: u.field,
    name: text.slice(u.start - OFFSET, u.end - OFFSET),
    word: u.value.literal ? text.slice(u.value.start - OFFSET, u.value.end - OFFSET) : null,
    written: u.value.literal ? u.value.written : null,
  }))

describe('textFields', () => {
  it('each literal field with its span, its value as written and the word a fix rewrites', () => {
    const text = 'x = { useBackup: true, "primary": "False" }'
    expect(textFields(text, OFFSET, false, 'structural')).toEqual([
      {
        field: 'useBackup',
        start: OFFSET + 6,
        end: OFFSET + 21,
        value: { literal: true, written: true, start: OFFSET + 17, end: OFFSET + 21 },
        analysis: 'structural',
      },
      {
        field: 'primary',
        start: OFFSET + 24,
        end: OFFSET + 41,
        value: { literal: true, written: 'False', start: OFFSET + 35, end: OFFSET + 40 },
        analysis: 'structural',
      },
    ])
  })

  it('reads the value in any case and the name with a capital first letter', () => {
    expect(spans('UseBackup = FALSE; Primary: tRuE')).toEqual([
      { field: 'useBackup', name: 'UseBackup = FALSE', word: 'FALSE', written: false },
      { field: 'primary', name: 'Primary: tRuE', word: 'tRuE', written: true },
    ])
  })

  it('run-time values only when asked, never twice for a literal one', () => {
    const text = `{"useBackup": ${DOLLAR}{flag}, "primary": true}`
    expect(spans(text)).toEqual([{ field: 'primary', name: 'primary": true', word: 'true', written: true }])
    expect(spans(text, true)).toEqual([
      { field: 'primary', name: 'primary": true', word: 'true', written: true },
      { field: 'useBackup', name: `useBackup": ${DOLLAR}{flag}`, word: null, written: null },
    ])
    expect(spans('useBackup=%s&primary=$p', true).map((s) => s.name)).toEqual(['useBackup=%s', 'primary=$p'])
    // A capitalised name starts where it is written; the value is marked as not literal.
    expect(textFields('x "UseBackup": %s', OFFSET, true, 'text')).toEqual([
      {
        field: 'useBackup',
        start: OFFSET + 3,
        end: OFFSET + 17,
        value: { literal: false },
        analysis: 'text',
      },
    ])
  })

  describe('inside a string (bodyOnly)', () => {
    it.each([
      '{"useBackup": true}',
      '{ "a": 1, "useBackup": true }',
      'a=1&useBackup=true&b=2',
      'useBackup=true',
      'data=useBackup=true',
      '?useBackup=true',
      '(useBackup: true)',
      '%7B%22useBackup%22%3Atrue%7D',
      '%7b%22a%22%3A1%2c%22useBackup%22%3Atrue%2C%22b%22%3A2%7d',
      'x=1%26useBackup=true%26y=2',
      '{\\"useBackup\\": true}',
      '[{"useBackup": true}]',
      "{'useBackup': true);",
    ])('%s is a member of a body', (text) => {
      expect(spans(text, false, true).map((s) => s.field)).toEqual(['useBackup'])
    })

    it.each([
      'with "useBackup": true the code goes to the backup phone',
      'set useBackup: true to use it',
      '{"useBackup": true is refused}',
      'a very long sentence useBackup=true',
    ])('%s is a sentence, not a body', (text) => {
      expect(spans(text, false, true)).toEqual([])
      expect(spans(text, false, false).map((s) => s.field)).toEqual(['useBackup'])
    })

    it('a run-time value must open a member too', () => {
      expect(spans(`say useBackup=${DOLLAR}{x}`, true, true)).toEqual([])
      expect(spans(`{"useBackup": ${DOLLAR}{x}}`, true, true).map((s) => s.name)).toEqual([
        `useBackup": ${DOLLAR}{x}`,
      ])
    })

    it('looks 12 characters before the name and 8 after the value (the slice’s end counts as the string’s)', () => {
      expect(spans(`x${' '.repeat(11)}useBackup=true`, false, true)).toEqual([])
      expect(spans(`x${' '.repeat(12)}useBackup=true`, false, true).map((s) => s.field)).toEqual([
        'useBackup',
      ])
      expect(spans(`useBackup=true${' '.repeat(7)}x`, false, true)).toEqual([])
      expect(spans(`useBackup=true${' '.repeat(8)}x`, false, true).map((s) => s.field)).toEqual(['useBackup'])
    })
  })
})
