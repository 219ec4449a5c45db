import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PREFIXES,
  resolvedPath,
  routeFor,
  routesFor,
  TargetError,
  upstreamUrl,
} from '../../../../src/cli/proxy/routes.ts'

// Which upstream each proxied path goes to, from the --target values.

const upstream = (targets: string[], path: string) => {
  const route = routeFor(routesFor(targets), path)
  return route && upstreamUrl(route, path)
}

describe('routesFor', () => {
  it("keeps BILL's two prefixes", () => {
    expect(DEFAULT_PREFIXES).toEqual(['/api/v2/', '/connect/'])
  })

  it('the longest prefix wins, whichever order the targets were given in', () => {
    for (const targets of [
      ['/connect/=http://a.local', '/connect/v3/=http://b.local'],
      ['/connect/v3/=http://b.local', '/connect/=http://a.local'],
    ]) {
      expect(upstream(targets, '/connect/v3/login')).toBe('http://b.local/connect/v3/login')
      expect(upstream(targets, '/connect/v2/x')).toBe('http://a.local/connect/v2/x')
    }
    const routes = routesFor(['/connect/v3/=http://b.local'])
    expect(routes.map((r) => r.prefix)).toEqual(['/connect/v3/', '/connect/', '/api/v2/'])
  })

  it('the last value for a prefix wins, with or without its trailing slash', () => {
    expect(upstream(['/connect=http://a.local', '/connect/=http://b.local'], '/connect/v3/login')).toBe(
      'http://b.local/connect/v3/login',
    )
    expect(upstream(['/connect/=http://a.local', '/connect=http://b.local'], '/connect/v3/login')).toBe(
      'http://b.local/connect/v3/login',
    )
  })

  it('a whole-URL target after a per-prefix one replaces both prefixes', () => {
    expect(upstream(['/connect/=http://a.local', 'http://c.local:81'], '/connect/v3/login')).toBe(
      'http://c.local:81/connect/v3/login',
    )
  })

  it('an = inside a URL is part of its path, not a prefix', () => {
    expect(upstream(['http://c.local/a=b/'], '/api/v2/Login.json')).toBe(
      'http://c.local/a=b/api/v2/Login.json',
    )
  })

  it.each([
    ['not a url', 'invalid --target URL: not a url'],
    ['/connect/=nope', 'invalid --target URL: nope'],
    ['ftp://x.local', '--target must be an http or https URL: ftp://x.local'],
    ['http://u:p@x.local', '--target takes an origin and an optional path, nothing else: http://u:p@x.local'],
    ['http://u@x.local', '--target takes an origin and an optional path, nothing else: http://u@x.local'],
    [
      'http://x.local/?q=1',
      '--target takes an origin and an optional path, nothing else: http://x.local/?q=1',
    ],
    ['http://x.local/#f', '--target takes an origin and an optional path, nothing else: http://x.local/#f'],
  ])('refuses %s with one line naming it', (target, message) => {
    expect(() => routesFor([target])).toThrow(TargetError)
    expect(() => routesFor([target])).toThrow(message)
  })

  it("drops every trailing slash of a target's path", () => {
    expect(upstream(['http://c.local/base//'], '/connect/v3/login')).toBe(
      'http://c.local/base/connect/v3/login',
    )
    expect(upstream(['/api/v2/=http://c.local//'], '/api/v2/Login.json')).toBe(
      'http://c.local/api/v2/Login.json',
    )
  })

  it('refuses a target with a password and no user name', () => {
    expect(() => routesFor(['http://:p@x.local'])).toThrow(
      '--target takes an origin and an optional path, nothing else: http://:p@x.local',
    )
  })

  it('takes https', () => {
    expect(upstream(['https://x.local'], '/connect/v3/login')).toBe('https://x.local/connect/v3/login')
  })
})

describe('routeFor', () => {
  const routes = routesFor(['http://x.local'])

  it('matches the prefix itself, without its slash, and paths below it', () => {
    expect(routeFor(routes, '/connect/')?.prefix).toBe('/connect/')
    expect(routeFor(routes, '/connect')?.prefix).toBe('/connect/')
    expect(routeFor(routes, '/connect?x=1')?.prefix).toBe('/connect/')
  })

  it('matches on the path alone, never on the query or fragment', () => {
    expect(routeFor(routes, '/other?next=/connect/')).toBeUndefined()
    expect(routeFor(routes, '/other#/api/v2/')).toBeUndefined()
    expect(routeFor(routes, '/connectx/v3')).toBeUndefined()
  })
})

describe('resolvedPath', () => {
  it('resolves dot segments, so a path cannot climb out of its prefix', () => {
    expect(resolvedPath('/connect/../__sandbox/sms')).toBe('/__sandbox/sms')
    expect(resolvedPath('/connect/./v3/login?a=1')).toBe('/connect/v3/login?a=1')
  })

  it('keeps "//host/x" a path, and is undefined for what is not a path', () => {
    expect(resolvedPath('//evil.local/x')).toBe('//evil.local/x')
    expect(resolvedPath('http://evil.local/x')).toBeUndefined()
    expect(resolvedPath('*')).toBeUndefined()
  })
})
