import { describe, expect, it } from 'vitest'
import { scanMarkdown } from '../../../../src/cli/source/markdown.ts'

// Only a Markdown document's code is read, each block with the endpoints its own prose names (else the
// document's), at offsets in the document; documentation is never rewritten.

const NOW = new Date('2026-04-10')
const md = (...l: string[]) => l.join('\n')
const CH = 'POST https://gateway.stage.bill.com/connect/v3/mfa/challenge'
const hits = (doc: string) => scanMarkdown(doc, NOW).map((f) => `${f.ruleId} ${doc.slice(f.start, f.end)}`)

describe('scanMarkdown: blocks', () => {
  it('a fenced block’s finding at its offset in the document, without a rewrite', () => {
    const doc = md(CH, '', '```js', 'post(CH, { useBackup: true })', '```')
    const [f] = scanMarkdown(doc, NOW)
    expect(f).toMatchObject({ ruleId: 'mfa-challenge-backup-phone', endpoint: 'v3.mfa.challenge' })
    expect(doc.slice(f?.start, f?.end)).toBe('useBackup: true')
    expect(f && 'edit' in f).toBe(false)
  })

  it('never reads prose, with or without a field in it', () => {
    expect(hits(md(CH, 'Send useBackup: true to get the code on the backup phone.'))).toEqual([])
  })

  it.each([
    ['```', '```'],
    ['~~~', '~~~'],
    ['````', '`````'],
    ['   ```http', '```'],
  ])('a block opened by %s and closed by %s', (open, close) => {
    expect(hits(md(CH, open, 'useBackup=true', close, 'useBackup=true'))).toEqual([
      'mfa-challenge-backup-phone useBackup=true',
    ])
  })

  it('a fence that does not close the block is its content: shorter, another character, or with info', () => {
    expect(hits(md(CH, '````', '```', 'useBackup=true', '````'))).toHaveLength(1)
    expect(hits(md(CH, '~~~', '```', 'useBackup=true', '~~~'))).toHaveLength(1)
    expect(hits(md(CH, '```', '```js', 'useBackup=true', '```'))).toHaveLength(1)
  })

  it('an unclosed fence runs to the end; four spaces before it make it indented code, not a fence', () => {
    expect(hits(md(CH, '```', 'useBackup=true'))).toEqual(['mfa-challenge-backup-phone useBackup=true'])
    expect(hits(md(CH, '', '    ```', '    useBackup=true', '', 'prose'))).toHaveLength(1)
  })

  it('indented code after a blank line (or a comment line) is code; right after prose it is prose', () => {
    expect(hits(md(CH, '', '    useBackup=true'))).toHaveLength(1)
    expect(hits(md(CH, '', '\tuseBackup=true', '', '    useBackup=true', 'prose'))).toHaveLength(2)
    expect(hits(md(CH, '<!-- note -->', '    useBackup=true'))).toHaveLength(1)
    expect(hits(md(CH, '    useBackup=true'))).toEqual([])
    expect(hits(md(CH, 'text', '    useBackup=true'))).toEqual([])
  })

  it('reads lines that end in CR like the others', () => {
    const doc = `${CH}\r\n\r\n\`\`\`\r\nuseBackup=true\r\n\`\`\`\r\nuseBackup=true\r\n`
    expect(hits(doc)).toEqual(['mfa-challenge-backup-phone useBackup=true'])
  })
})

describe('scanMarkdown: where blocks start and end', () => {
  it('a block the document ends in keeps its lines apart', () => {
    expect(hits(md(CH, '', '    x', '    useBackup=true'))).toEqual([
      'mfa-challenge-backup-phone useBackup=true',
    ])
    expect(hits(md(CH, '```', 'x', 'useBackup=true'))).toEqual(['mfa-challenge-backup-phone useBackup=true'])
  })

  it('indented code on the document’s first line is code', () => {
    expect(hits(md('    useBackup=true', '', CH))).toHaveLength(1)
  })

  it('a closing fence may end in spaces; a prose line right after indented code is prose', () => {
    expect(hits(md(CH, '```', 'useBackup=true', '```   ', 'useBackup=true'))).toHaveLength(1)
    expect(hits(md(CH, '', '    x', 'useBackup=true'))).toEqual([])
  })

  it('a fenced block in a parsed language is parsed: a value decided at run time is found', () => {
    expect(hits(md(CH, '```js', "post('/v3/mfa/challenge', { useBackup: flag })", '```'))).toEqual([
      'mfa-field-runtime-value useBackup: flag',
    ])
  })

  it('a blank line inside indented code keeps the block (and its prose) whole', () => {
    const doc = md(
      'POST /api/v2/MFAChallenge.json',
      '',
      '    x',
      '',
      '    useBackup=true',
      '',
      'Later: /v3/mfa/challenge',
    )
    expect(scanMarkdown(doc, NOW).map((f) => f.endpoint)).toEqual(['v2.mfa.challenge'])
    expect(hits(doc)).toEqual(['mfa-challenge-backup-phone useBackup=true'])
  })

  it('a line of spaces opens no indented block (the prose before the next block stays its own)', () => {
    const doc = md(
      'POST /api/v2/MFAChallenge.json',
      '',
      '     ',
      'text',
      '```',
      'useBackup=true',
      '```',
      'later /v3/mfa/challenge',
    )
    expect(scanMarkdown(doc, NOW).map((f) => f.endpoint)).toEqual(['v2.mfa.challenge'])
  })

  it('a line of spaces is blank; a comment line is blank only when it is all comment', () => {
    expect(hits(md(CH, '   ', '    useBackup=true'))).toHaveLength(1)
    expect(hits(md(CH, '  <!-- c -->  ', '    useBackup=true'))).toHaveLength(1)
    expect(hits(md(CH, 'text <!-- c -->', '    useBackup=true'))).toEqual([])
    expect(hits(md(CH, '<!-- c --> text', '    useBackup=true'))).toEqual([])
  })
})

describe('scanMarkdown: where a block’s fields go', () => {
  it('the prose just before a block decides; a block without its own takes the document’s', () => {
    const doc = md(
      '# v3: POST /v3/mfa/challenge',
      '```',
      'useBackup=true',
      '```',
      '# v2: /api/v2/MFAChallenge.json',
      '```',
      'useBackup=true',
      '```',
      '```',
      'useBackup=true',
      '```',
    )
    // The last block has no prose of its own: the document names both, and v3 wins (not the v2 just above).
    expect(scanMarkdown(doc, NOW).map((f) => f.endpoint)).toEqual([
      'v3.mfa.challenge',
      'v2.mfa.challenge',
      'v3.mfa.challenge',
    ])
  })

  it('the prose before an indented block ends where the block starts', () => {
    const doc = md(
      'POST /v3/mfa/challenge',
      '',
      '    x',
      'POST /api/v2/MFAChallenge.json',
      '```',
      'useBackup=true',
      '```',
    )
    expect(scanMarkdown(doc, NOW).map((f) => f.endpoint)).toEqual(['v2.mfa.challenge'])
    const indented = md(
      'POST /v3/mfa/challenge',
      '```',
      'x',
      '```',
      'POST /api/v2/MFAChallenge.json',
      '',
      '    useBackup=true',
    )
    expect(scanMarkdown(indented, NOW).map((f) => f.endpoint)).toEqual(['v2.mfa.challenge'])
  })

  it('nothing without BILL in the document', () => {
    expect(hits(md('# Our API', '```', 'useBackup=true', '```'))).toEqual([])
  })
})
