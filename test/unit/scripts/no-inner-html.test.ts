import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { withoutInnerHtml } from '../../../scripts/no-inner-html.ts'

const preactDist = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8')
const WRITE = /\.innerHTML\s*=[^=]/

describe('the build leaves Preact’s innerHTML write out (web-ext lint: 0 warnings)', () => {
  it('replaces the one write in the installed Preact and keeps every other line', () => {
    expect(preactDist).toMatch(WRITE)
    const built = withoutInnerHtml(preactDist)
    expect(built).not.toMatch(WRITE)
    expect(built).toContain('dangerouslySetInnerHTML is not available in this extension')
    // Reading innerHTML (the comparison before the write) is no warning and stays.
    expect(built).toContain('.innerHTML')
    expect(built.length - preactDist.length).toBeLessThan(120)
  })

  it('stops the build when a Preact upgrade moves the write, rather than ship it unnoticed', () => {
    expect(() => withoutInnerHtml('e.textContent=""')).toThrow(/found 0/)
    expect(() => withoutInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/)
  })
})
