#!/usr/bin/env node
// Launcher: the CLI is TypeScript, run through tsx (a runtime dependency) without a build step.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
