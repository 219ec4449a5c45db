import { type ModuleFacts, segments, tails } from '../facts.ts'

const REQUIRE = /^[ \t]*(require_relative|require)[ \t(]+(['"])([^'"\n]+)\2/gm

const key = (path: string) => `rb:${path.replace(/\.rb$/, '')}`

/** Ruby: `require_relative 'config'` names a file beside this one; `require 'bill/config'` a load path. */
export function rubyFacts(path: string, text: string): ModuleFacts {
  const own = segments(path.replace(/\.(?:rb|rake)$/, ''))
  const dir = own.slice(0, -1)
  const imports = [...text.matchAll(REQUIRE)].map((m) => {
    // Stryker disable next-line StringLiteral: the path's group always takes part when REQUIRE matches
    const required = m[3] ?? ''
    return m[1] === 'require_relative'
      ? [key(segments([...dir, required].join('/')).join('/'))]
      : [key(required)]
  })
  return { keys: tails(own, '/').map(key), imports, reexports: [] }
}
