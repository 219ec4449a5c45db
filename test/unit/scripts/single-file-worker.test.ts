import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  backgroundFile,
  importedFiles,
  LAZY_WORKER_MODULES,
  lazyScript,
  lazyStub,
} from '../../../scripts/single-file-worker.ts'

describe('the background built as one file (the worker’s cold start)', () => {
  it('finds the background script in Chrome’s and Firefox’s manifests, and says so when there is none', () => {
    expect(backgroundFile({ background: { service_worker: 'service-worker-loader.js' } })).toBe(
      'service-worker-loader.js',
    )
    expect(backgroundFile({ background: { scripts: ['service-worker-loader.js'] } })).toBe(
      'service-worker-loader.js',
    )
    expect(() => backgroundFile({})).toThrow(
      'single-file-worker: the built manifest names no background script',
    )
  })

  it('lists the relative modules a script imports, and nothing a string or a package import mentions', () => {
    expect(importedFiles(`import './assets/index.ts-B-cQ6wha.js';\n`)).toEqual([
      './assets/index.ts-B-cQ6wha.js',
    ])
    expect(importedFiles('import{i as e}from"./hosts-Bm_Ka2T6.js";import{a}from \'../view.js\'')).toEqual([
      './hosts-Bm_Ka2T6.js',
      '../view.js',
    ])
    expect(importedFiles('const m=`Too large to import (1 MB)`;import{h}from"preact";')).toEqual([])
  })
})

describe('the worker’s modules loaded on first use (the worker’s cold start)', () => {
  it('names each lazy module’s script and global after the module', () => {
    expect(lazyScript('src/background/traffic/flag.ts')).toEqual({
      file: 'lazy-flag.js',
      global: '__billLazy_flag',
    })
    expect(lazyScript('src/background/session/replay-body.ts')).toEqual({
      file: 'lazy-replay-body.js',
      global: '__billLazy_replay_body',
    })
  })

  it('loads a lazy module’s script on the first call only, and imports it during the worker’s install', async () => {
    const loaded: string[] = []
    const installers: (() => void)[] = []
    const scope = globalThis as Record<string, unknown>
    Object.assign(scope, {
      self: { addEventListener: (type: string, f: () => void) => type === 'install' && installers.push(f) },
      importScripts(file: string) {
        loaded.push(file)
        scope.__billLazy_test = { twice: (n: number) => n * 2 }
      },
    })
    try {
      const dir = mkdtempSync(join(tmpdir(), 'lazy-stub-'))
      const path = join(dir, 'stub.mjs')
      writeFileSync(path, lazyStub({ file: 'lazy-test.js', global: '__billLazy_test' }, ['twice']))
      const stub = await import(pathToFileURL(path).href)
      expect(loaded).toEqual([])
      expect(stub.twice(2)).toBe(4)
      expect(stub.twice(3)).toBe(6)
      expect(loaded).toEqual(['lazy-test.js'])
      installers.forEach((f) => {
        f()
      })
      expect(loaded).toEqual(['lazy-test.js', 'lazy-test.js'])
      rmSync(dir, { recursive: true })
    } finally {
      for (const key of ['self', 'importScripts', '__billLazy_test']) delete scope[key]
    }
  })

  it('keeps in each lazy module only exports that are functions (a stand-in can only call)', async () => {
    for (const module of LAZY_WORKER_MODULES) {
      const exports = await import(/* @vite-ignore */ pathToFileURL(resolve(module)).href)
      const kinds = Object.entries(exports).map(([name, value]) => `${name}: ${typeof value}`)
      expect(kinds.filter((k) => !k.endsWith(': function'))).toEqual([])
      expect(kinds.length).toBeGreaterThan(0)
    }
  })
})
