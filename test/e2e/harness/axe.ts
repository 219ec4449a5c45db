import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// axe-core (pinned in package.json) run inside an extension page. The source is evaluated through the
// browser's automation channel (CDP / WebDriver BiDi), which the pages' CSP does not apply to.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  /** CSS selectors of the failing nodes, with axe's summary for the first. */
  nodes: string[]
}

/** Anything with Playwright's or Puppeteer's page.evaluate(string | function). */
interface Evaluates {
  evaluate(expression: string): Promise<unknown>
}

export async function axeViolations(page: Evaluates): Promise<AxeViolation[]> {
  await page.evaluate(`globalThis.axe ? 0 : (() => { ${AXE_SOURCE}\n; globalThis.axe = axe })()`)
  const json = await page.evaluate(`(async () => {
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return JSON.stringify(r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n, i) => n.target.join(' ') + (i === 0 ? ' :: ' + n.failureSummary : '')),
    })))
  })()`)
  return JSON.parse(json as string) as AxeViolation[]
}

/** One line per violation, for a failure message or a log. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(' | ')}`).join('\n')
}
