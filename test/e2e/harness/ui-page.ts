/** What a test does with an extension page, the same in Chromium (Playwright) and Firefox (Puppeteer). */
export interface UiPage {
  /** Runs a function in the page (serialized: no closures over test variables; pass args). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>
  waitForTestId(testId: string, timeoutMs?: number): Promise<void>
  text(testId: string): Promise<string>
  attr(testId: string, name: string): Promise<string | null>
  count(testId: string): Promise<number>
  click(testId: string): Promise<void>
  fill(testId: string, value: string): Promise<void>
  select(testId: string, value: string): Promise<void>
  screenshot(path: string): Promise<void>
  reload(): Promise<void>
  close(): Promise<void>
}

export const byTestId = (id: string): string => `[data-testid="${id}"]`
