import { describe, expect, it } from 'vitest'
import { scanTree } from '../../../../../src/cli/source/imports/scan-tree.ts'

// Files scanned as one tree: each with what the others export to it, in the order given; a file that
// is not a module of the tree is scanned alone.

const NOW = { now: new Date('2026-04-10') }
const HOST = 'https://gateway.stage.bill.com/connect'

describe('scanTree', () => {
  it('a constant imported from another file sends the call to its endpoint', () => {
    const files = [
      { path: 't/urls.ts', text: `export const SETUP = '${HOST}/v3/mfa/setup'` },
      { path: 't/send.ts', text: "import { SETUP } from './urls'\npost(SETUP, { primary: false })" },
      { path: 't/README.md', text: '# notes' },
    ]
    const results = scanTree(files, NOW)
    expect(results.map((r) => r.language)).toEqual(['typescript', 'typescript', 'markdown'])
    expect(results.map((r) => r.findings.map((f) => `${f.line} ${f.ruleId}`))).toEqual([
      [],
      ['2 mfa-setup-secondary-phone'],
      [],
    ])
  })

  it('alone, the same file knows nothing of the endpoint', () => {
    const send = {
      path: 't/send.ts',
      text: "import { SETUP } from './urls'\npost(SETUP, { primary: false })",
    }
    expect(scanTree([send], NOW)[0]?.findings).toEqual([])
  })
})
