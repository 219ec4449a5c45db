import { describe, expect, it } from 'vitest'
import { assignment, interpolated, literal } from '../../../../src/cli/source/patterns.ts'

// The shared regular expressions on their own: what counts as `name <separator> value`, and the value as
// written.

const first = (re: RegExp, text: string) => {
  const m = [...text.matchAll(re)][0]
  return m ? { name: m.groups?.name, value: m.groups?.value } : undefined
}

describe('assignment', () => {
  it.each([
    ['useBackup => true', 'true'],
    ['useBackup := true', 'true'],
    ['useBackup=true', 'true'],
    ['useBackup : true', 'true'],
    ['%22useBackup%22%3Atrue', 'true'],
    ['%22useBackup%22%3atrue', 'true'],
    ['setUseBackup(true)', 'true'],
    ['"useBackup": "TRUE"', '"TRUE"'],
    ["'useBackup': 'True'", "'True'"],
    ['\\"useBackup\\": \\"true\\"', '\\"true\\"'],
    ['`useBackup`: `true`', '`true`'],
    ['%7BuseBackup%3Atrue', 'true'],
  ])('%s', (text, value) => {
    expect(first(assignment('useBackup', true), text)).toEqual({
      name: text.includes('Use') ? 'UseBackup' : 'useBackup',
      value,
    })
  })

  it.each([
    'useBackup == true',
    'useBackup === true',
    'useBackup: false',
    'useBackup: truer',
    'useBackup: true$x',
    'myuseBackup: true',
    '$useBackup: true',
    'usebackup: true',
    'useBackups: true',
    'useBackup - true',
  ])('not %s', (text) => {
    expect(first(assignment('useBackup', true), text)).toBeUndefined()
  })

  it('finds every assignment of a line', () => {
    expect([...'a(primary=false) b(Primary: FALSE)'.matchAll(assignment('primary', false))]).toHaveLength(2)
  })
})

describe('interpolated', () => {
  const DOLLAR = '$'
  it.each([
    [`useBackup: ${DOLLAR}{flag}`, `${DOLLAR}{flag}`],
    ['useBackup: #{flag}', '#{flag}'],
    ['useBackup: {flag.value}', '{flag.value}'],
    ['useBackup=$flag', '$flag'],
    ['useBackup=$(flag)', '$(flag)'],
    ['useBackup=%s', '%s'],
    ['useBackup=%d', '%d'],
    ['useBackup=%v', '%v'],
    ['"useBackup": "', '"'],
    ['"useBackup": \\"  ', '\\"  '],
  ])('%s', (text, value) => {
    expect(first(interpolated('useBackup'), text)?.value).toBe(value)
  })

  it.each(['useBackup: flag', 'useBackup: {1}', 'useBackup: "x"', 'useBackup: %x', 'useBackup: " x'])(
    'not %s',
    (text) => expect(first(interpolated('useBackup'), text)).toBeUndefined(),
  )
})

describe('literal', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['"true"', 'true'],
    ["'False'", 'False'],
    ['`TRUE`', 'TRUE'],
    ['\\"true\\"', 'true'],
    ['%22false%22', 'false'],
  ])('%s is %j', (raw, value) => expect(literal(raw)).toBe(value))
})
