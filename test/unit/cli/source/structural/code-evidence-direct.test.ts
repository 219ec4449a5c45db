import { describe, expect, it } from 'vitest'
import { billInCode } from '../../../../../src/cli/source/structural/code-evidence.ts'
import { renamedFields } from '../../../../../src/cli/source/structural/renames.ts'
import { snippet } from './snippet.ts'

const inCode = (language: string, text: string) => {
  const { root, grammar } = snippet(language, text)
  return billInCode(root, grammar, text)
}

describe('billInCode: BILL named by the code, not only by its comments', () => {
  it.each([
    ['typescript', '// talks to gateway.stage.bill.com\nconst x = 1', false],
    ['typescript', "/* bill.com */ const u = 'https://api.bill.com'", true],
    ['typescript', 'const a = 1 // bill.com\nconst b = { devKey: k }', true],
    ['typescript', 'const a = 1 /* devKey */ /* bill.com */', false],
    ['typescript', "const path = '/v3/mfa/setup' // not a comment's word", true],
    // A comment between two words leaves a space: `dev/**/Key` is not the word devKey.
    ['typescript', 'const a = dev/**/Key', false],
    ['python', '# BILL: MFAChallenge.json\nx = 1', false],
    ['python', 'URL = "https://gateway.stage.bill.com" # BILL', true],
    ['go', 'package m\n// developerKey\nvar x = 1', false],
    // Kotlin's and Swift's block comments are `multiline_comment` nodes, not `block_comment`.
    ['kotlin', '/* Talks to gateway.stage.bill.com */\nval retries = 3', false],
    ['kotlin', '/* retries */\nval base = "https://gateway.stage.bill.com"', true],
    ['swift', '/* Talks to gateway.stage.bill.com */\nlet retries = 3', false],
    ['swift', '/* retries */\nlet base = "https://gateway.stage.bill.com"', true],
  ])('%s %j: %s', (language, text, expected) => {
    expect(inCode(language, text)).toBe(expected)
  })
})

describe('renamedFields', () => {
  it('finds members renamed to BILL’s fields, not members already named so', () => {
    const text = [
      '#[serde(rename = "primary")] is_primary: bool,',
      '@Json(name = "useBackup") val fallback: Boolean',
      '@SerialName("primary") @Contextual val isPrimary: Boolean',
      'case usesBackup = "useBackup"',
      '#[serde(rename = "primary")] primary: bool,',
      '#[serde(rename = "main")] is_main: bool,',
    ].join('\n')
    expect([...renamedFields(text)]).toEqual([
      ['is_primary', 'primary'],
      ['fallback', 'useBackup'],
      ['isPrimary', 'primary'],
      ['usesBackup', 'useBackup'],
    ])
  })

  it('keeps at most 20', () => {
    const text = Array.from({ length: 25 }, (_, i) => `@SerialName("primary") val p${i}: Boolean`).join('\n')
    const found = [...renamedFields(text).keys()]
    expect(found).toHaveLength(20)
    expect(found.at(-1)).toBe('p19')
  })
})
