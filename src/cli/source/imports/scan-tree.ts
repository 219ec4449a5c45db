import { scanSource } from '../index.ts'
import type { ScanOptions, SourceFile, SourceScanResult } from '../types.ts'
import { SourceTree } from './tree.ts'

/** Findings of files that form one tree: each file is scanned with what the others export to it. */
export function scanTree(files: readonly SourceFile[], options: ScanOptions): SourceScanResult[] {
  const tree = new SourceTree()
  for (const file of files) tree.add(file.path, file.text)
  return files.map((file) => {
    const imports = tree.context(file.path)
    return scanSource(file, imports ? { ...options, imports } : options)
  })
}
