// @vitest-environment happy-dom

import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, expect, it } from 'vitest'
import { CaptureStore } from '../../../../src/devtools/capture/capture-store.ts'
import { PanelApp } from '../../../../src/devtools/panel/PanelApp.tsx'
import { ClientContext } from '../../../../src/ui/client.ts'
import { en } from '../../../../src/ui/i18n/en/index.ts'
import { fakeClient } from '../../ui/fake-client.ts'

// The panel shows the catalogue's words, never its keys: a key passed on without t() reads "columnTime".

afterEach(cleanup)

/** Every text the user reads or hears: text nodes, and the labels, titles and placeholders. */
function shownTexts(root: Element): string[] {
  const texts = [...root.querySelectorAll('*')].flatMap((e) =>
    ['title', 'aria-label', 'placeholder'].flatMap((a) => e.getAttribute(a) ?? []),
  )
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '')
  return texts.map((t) => t.trim()).filter(Boolean)
}

it('the HAR inspector shows the words of its table, toolbar and empty state, no catalogue key', () => {
  const { client } = fakeClient({})
  render(
    <ClientContext.Provider value={client}>
      <PanelApp
        capture={{ store: new CaptureStore(), setPreserveLog() {} }}
        devtools={undefined}
        version="test"
      />
    </ClientContext.Provider>,
  )
  const headers = screen.getAllByRole('columnheader').map((th) => th.textContent)
  expect(headers).toEqual(['Time', 'Method', 'Endpoint', 'API', 'Status', 'Duration', 'Issues'])
  expect(screen.getByTestId('empty-log').textContent).toBe(
    'No BILL requests in this view. Open a HAR file (or drop one here), or tick "Show all".',
  )
  const keys = new Set(Object.keys(en).filter((key) => !Object.values(en).includes(key)))
  expect(shownTexts(document.body).filter((text) => keys.has(text))).toEqual([])
})
