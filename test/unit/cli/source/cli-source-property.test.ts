import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixSource, scanSource } from '../../../../src/cli/source/index.ts'
import { runs } from '../../property-runs.ts'

// Literal objects written any way a person or a formatter writes them: key quoting, value spelling,
// spacing and line breaks, the field's place among others, in TypeScript and Python.
const NOW = { now: new Date('2026-04-10') }

// Line breaks stay deeper than the enclosing function body (tree-sitter-python, unlike Python, errs on a
// continuation line that dedents below the block inside brackets).
const space = fc.constantFrom('', ' ', '  ', '\n        ', '\n          ', '\t')
const otherKey = fc.constantFrom('phone', 'code', 'type', 'deviceName', 'rememberMe', 'challengeId')
const otherValue = fc.constantFrom('1', "'TEXT'", '"x"', 'null', 'code', 'opts.code')
const truth = fc.boolean()
const spelling = (value: boolean, lang: 'ts' | 'py') =>
  fc.constantFrom(
    ...(lang === 'ts' ? [String(value)] : [value ? 'True' : 'False']),
    `'${value}'`,
    `"${String(value).toUpperCase()}"`,
  )

const entry = (key: string, value: string, quote: string, sp: string[]) =>
  `${sp[0]}${quote}${key}${quote}${sp[1]}:${sp[2]}${value}`

const body = (lang: 'ts' | 'py') =>
  fc
    .record({
      value: truth,
      others: fc.array(fc.tuple(otherKey, otherValue), { maxLength: 4 }),
      at: fc.nat(),
      quote: fc.constantFrom(...(lang === 'ts' ? ['', "'", '"'] : ["'", '"'])),
      spaces: fc.array(space, { minLength: 4, maxLength: 4 }),
    })
    .chain((r) => spelling(r.value, lang).map((written) => ({ ...r, written })))
    .map((r) => {
      const items = r.others.map(([k, v]) => entry(k, v, lang === 'py' ? '"' : '', [' ', '', ' ']))
      const field = entry('useBackup', r.written, r.quote, r.spaces)
      items.splice(r.at % (items.length + 1), 0, field)
      return { ...r, object: `{${items.join(',')}${r.spaces[3]}}` }
    })

const program = (lang: 'ts' | 'py', object: string, bill: boolean) => {
  const url = bill
    ? 'https://gateway.stage.bill.com/connect/v3/mfa/challenge'
    : 'https://example.com/api/sync'
  return lang === 'ts'
    ? `const URL = '${url}'\nexport async function send(http, code) {\n  return http.post(URL, ${object})\n}\n`
    : `URL = "${url}"\n\ndef send(session, code, opts):\n    return session.post(URL, json=${object})\n`
}

const lineOfField = (text: string) => text.slice(0, text.indexOf('useBackup')).split('\n').length

describe.each(['ts', 'py'] as const)('source analysis over generated %s bodies', (lang) => {
  const path = lang === 'ts' ? 'client.ts' : 'client.py'

  it('finds the field once, on its line, with the rule its value calls for', () => {
    fc.assert(
      fc.property(body(lang), (b) => {
        const text = program(lang, b.object, true)
        const found = scanSource({ path, text }, NOW).findings
        expect(found.map((f) => [f.line, f.ruleId, f.endpoint])).toEqual([
          [
            lineOfField(text),
            b.value ? 'mfa-challenge-backup-phone' : 'mfa-optional-field',
            'v3.mfa.challenge',
          ],
        ])
      }),
      runs(300),
    )
  })

  it('finds nothing when the body goes to a host that is not BILL', () => {
    fc.assert(
      fc.property(body(lang), (b) => {
        expect(scanSource({ path, text: program(lang, b.object, false) }, NOW).findings).toEqual([])
      }),
      runs(200),
    )
  })

  it('--fix leaves no deprecated value and changes only the value’s word', () => {
    fc.assert(
      fc.property(body(lang), (b) => {
        const text = program(lang, b.object, true)
        const { text: fixed } = fixSource({ path, text }, scanSource({ path, text }, NOW).findings)
        const after = scanSource({ path, text: fixed }, NOW).findings
        expect(after.map((f) => f.ruleId)).toEqual(['mfa-optional-field'])
        expect(fixed.length).toBe(text.length + (b.value ? 1 : 0))
        expect(fixed.replace(/false/gi, 'X')).toBe(text.replace(/true|false/gi, 'X'))
      }),
      runs(200),
    )
  })
})
