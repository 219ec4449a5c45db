import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core'
import type { RefObject } from 'preact'
import { useLayoutEffect, useReducer, useState } from 'preact/hooks'

type Options = VirtualizerOptions<HTMLDivElement, HTMLDivElement>

/**
 * Preact binding of TanStack's framework-free Virtualizer for rows of one fixed height: only the rows in
 * view (plus overscan) are rendered, so 10,000 rows cost about what 100 do.
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
  scrollRef: RefObject<HTMLDivElement | null>,
  overscan = 12,
  /** Height above the rows inside the scroller (a sticky header): offsets and scrolling account for it. */
  headerHeight = 0,
): Virtualizer<HTMLDivElement, HTMLDivElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const options: Options = {
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    overscan,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    // Before the first measurement (and where layout is not computed), assume a panel-sized viewport.
    initialRect: { width: 800, height: 480 },
    onChange: () => rerender(undefined),
  }
  const [virtualizer] = useState(() => new Virtualizer(options))
  virtualizer.setOptions(options)
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer])
  useLayoutEffect(() => virtualizer._willUpdate())
  return virtualizer
}
