import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FLAVOURS, manifestFor } from '../../../scripts/flavours.ts'
import { COMMANDS } from '../../../src/shared/commands.ts'

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as object
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>
const SIDE_VIEW_PAGE = 'src/sidepanel/index.html'

type Built = {
  permissions: string[]
  commands: Record<string, { suggested_key?: { default: string } }>
  side_panel?: { default_path: string }
  sidebar_action?: { default_panel: string }
}
const built = (browser: 'chrome' | 'firefox', local = false) =>
  manifestFor(source, { browser, local }) as Built

describe('the manifest of each build', () => {
  it('gives Chrome a side panel and its own toggle command, with the sidePanel permission', () => {
    const m = built('chrome')
    expect(m.side_panel?.default_path).toBe(SIDE_VIEW_PAGE)
    expect(m.sidebar_action).toBeUndefined()
    expect(m.permissions).toContain('sidePanel')
    expect(Object.keys(m.commands).sort()).toEqual(
      ['_execute_action', COMMANDS.toggleSideView, COMMANDS.sendMfaCode].sort(),
    )
  })

  it('gives Firefox the same page as its sidebar, toggled by Firefox, and no Chrome-only key', () => {
    const m = built('firefox')
    expect(m.sidebar_action?.default_panel).toBe(SIDE_VIEW_PAGE)
    expect(m.side_panel).toBeUndefined()
    expect(m.permissions).not.toContain('sidePanel')
    expect(Object.keys(m.commands).sort()).toEqual(
      ['_execute_action', '_execute_sidebar_action', COMMANDS.sendMfaCode].sort(),
    )
    // The same suggested key toggles the side view in both browsers.
    expect(m.commands._execute_sidebar_action).toEqual(built('chrome').commands[COMMANDS.toggleSideView])
  })

  it('suggests at most four keys, all different', () => {
    for (const f of FLAVOURS) {
      const keys = Object.values(built(f.browser, f.local).commands).flatMap((c) =>
        c.suggested_key ? [c.suggested_key.default] : [],
      )
      expect(keys.length).toBeLessThanOrEqual(4)
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('takes every string from _locales/en, and the store description fits in 132 characters', () => {
    for (const f of FLAVOURS) {
      const names = [...JSON.stringify(manifestFor(source, f)).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1])
      expect(names.length).toBeGreaterThan(5)
      for (const name of names) expect(messages, `message ${name}`).toHaveProperty(name as string)
    }
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132)
    expect(JSON.stringify(source)).not.toMatch(/"(name|description|default_title)":\s*"(?!__MSG_)/)
  })
})
