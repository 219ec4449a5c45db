import { describe, expect, it } from 'vitest'
import { backgroundFile, importedFiles } from '../../../scripts/single-file-worker.ts'

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
