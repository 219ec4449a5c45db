import { expect, it } from 'vitest'
import { isUnderBase } from '../../../../src/shared/bill/base-url.ts'

// A URL is under a base URL when the origin is the same and the path continues at a "/".

const base = 'https://gw.example/connect'

it.each([
  ['https://gw.example/connect', true],
  ['https://gw.example/connect/', true],
  ['https://gw.example/connect/v3/login?x=1', true],
  ['https://gw.example/connectX/v3', false],
  ['https://gw.example/other/connect', false],
  ['https://gw.example.evil/connect/v3', false],
  ['http://gw.example/connect/v3', false],
  ['https://gw.example:8443/connect/v3', false],
  ['not a url', false],
])('%s: %s', (url, under) => {
  expect(isUnderBase(url, base)).toBe(under)
  expect(isUnderBase(url, `${base}//`)).toBe(under)
})

it('takes a URL object too, and is false for a base that is not a URL', () => {
  expect(isUnderBase(new URL('https://gw.example/connect/v3'), base)).toBe(true)
  expect(isUnderBase('https://gw.example/connect/v3', 'nope')).toBe(false)
})

it('a base at the root takes every path of its origin', () => {
  expect(isUnderBase('https://gw.example/anything', 'https://gw.example/')).toBe(true)
  expect(isUnderBase('https://gw.example/anything', 'https://gw.example')).toBe(true)
})
