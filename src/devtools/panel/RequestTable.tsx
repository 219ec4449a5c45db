import { useLayoutEffect, useRef } from 'preact/hooks'
import type { KnownSecrets } from '../../shared/redact/index.ts'
import { t } from '../../ui/i18n/t.ts'
import type { AnalyzedRequest } from './analyze.ts'
import { RequestRow, ROW_HEIGHT } from './RequestRow.tsx'
import { useVirtualRows } from './useVirtualRows.ts'

interface Props {
  rows: readonly AnalyzedRequest[]
  /** The row keyboard focus is on (roving focus). */
  activeIndex: number
  selectedKey: string | undefined
  onActivate(index: number): void
  onSelect(index: number): void
  secrets: KnownSecrets
  /** Shown instead of the live capture's hint when there are no rows. */
  emptyMessage?: string | undefined
}

/** Header cells by column class: the layout's widths and narrow-panel rules select on these classes. */
const COLUMNS = [
  ['c-time', 'columnTime'],
  ['c-method', 'columnMethod'],
  ['c-endpoint', 'columnEndpoint'],
  ['c-api', 'api'],
  ['c-status', 'columnStatus'],
  ['c-duration', 'columnDuration'],
  ['c-severity', 'columnIssues'],
] as const

const MOVES: Record<string, (index: number, count: number, page: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, n, page) => Math.min(n - 1, i + page),
  PageUp: (i, _n, page) => Math.max(0, i - page),
  Home: () => 0,
  End: (_i, n) => n - 1,
}

/**
 * The request list: a grid whose rows outside the view are replaced by two spacer rows (fixed row
 * height), with one tab stop moved by the arrow keys, Page Up/Down, Home and End; Enter opens a row.
 */
export function RequestTable({
  rows,
  activeIndex,
  selectedKey,
  onActivate,
  onSelect,
  secrets,
  emptyMessage,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualRows(rows.length, ROW_HEIGHT, scrollRef, 12, ROW_HEIGHT)
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  const padTop = first ? first.start - ROW_HEIGHT : 0
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0
  const focusWanted = useRef(false)

  // A keyboard move can land on a row that is not rendered yet: scroll there, focus once it is.
  useLayoutEffect(() => {
    if (!focusWanted.current) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`)
    if (row) {
      row.focus({ preventScroll: true })
      focusWanted.current = false
    }
  })

  // Opening a row shrinks a narrow panel's list (the detail goes below it): keep the open row in view.
  useLayoutEffect(() => {
    if (selectedKey === undefined) return
    scrollRef.current
      ?.querySelector<HTMLElement>('tr[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest' })
  }, [selectedKey])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(activeIndex)
      return
    }
    const move = MOVES[event.key]
    if (!move || rows.length === 0) return
    event.preventDefault()
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 480) / ROW_HEIGHT) - 2)
    const next = move(Math.min(activeIndex, rows.length - 1), rows.length, page)
    focusWanted.current = true
    onActivate(next)
    virtualizer.scrollToIndex(next)
  }

  return (
    <div ref={scrollRef} class="request-scroller">
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an interactive data table is the WAI-ARIA grid pattern (rows are selectable and keyboard-navigable) */}
      <table class="request-table" role="grid" aria-label={t('billRequests')} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map(([name, label]) => (
              <th key={name} scope="col" class={name}>
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr class="spacer" style={{ height: `${padTop}px` }} />}
          {items.map((item) => {
            const row = rows[item.index]
            return (
              row && (
                <RequestRow
                  key={row.captured.key}
                  row={row}
                  index={item.index}
                  active={item.index === Math.min(activeIndex, rows.length - 1)}
                  selected={row.captured.key === selectedKey}
                  onKeyDown={onKeyDown}
                  secrets={secrets}
                  onSelect={(index) => {
                    onActivate(index)
                    onSelect(index)
                  }}
                />
              )
            )
          })}
          {padBottom > 0 && <tr class="spacer" style={{ height: `${padBottom}px` }} />}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p class="empty muted" data-testid="empty-log">
          {emptyMessage ?? t('emptyLive')}
        </p>
      )}
    </div>
  )
}
