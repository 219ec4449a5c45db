import { missingPrerequisites } from './harness/browsers.ts'

export default function setup(): void {
  const missing = missingPrerequisites()
  if (missing.length > 0) throw new Error(`The end-to-end tests cannot run:\n- ${missing.join('\n- ')}`)
}
