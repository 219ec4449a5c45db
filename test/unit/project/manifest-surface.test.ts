import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Nothing outside the extension may talk to it: no content scripts, no external messaging, no exposed files.
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>

describe('the manifest exposes nothing to web pages or other extensions', () => {
  it.each(['content_scripts', 'externally_connectable', 'web_accessible_resources'])('has no %s', (key) => {
    expect(manifest).not.toHaveProperty(key)
  })

  it('asks only for the permissions the background uses, and https BILL hosts', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'webRequest', 'sidePanel'])
    for (const origin of [
      ...((manifest.host_permissions as string[] | undefined) ?? []),
      ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
    ])
      expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/)
  })
})
