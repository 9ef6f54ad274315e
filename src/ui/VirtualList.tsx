/**
 * A windowed list with a fixed row height: only the rows in view (and a few either
 * side) exist in the DOM, so ten thousand rows scroll as smoothly as ten.
 * Keyboard: arrows, Home/End and Page Up/Down move the focus through all rows,
 * scrolling the focused one into view (roving tabindex: one row is tabbable).
 * Rows are keyed by position, so the element at a position (and the focus on it) stays
 * while its content loads or the list shifts under it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  /** Lists this short are rendered whole (cheap, and every row is there for search-in-page and assistive technology). */
  wholeBelow?: number;
  /** Height assumed when the container has not been laid out (tests, hidden popups). */
  fallbackHeight?: number;
  /** The row at this index; `tabbable` is true for the one row in the tab order. */
  renderRow(index: number, tabbable: boolean): ComponentChildren;
  /** Extra attributes of a row's <li> (data-testid, data-url…). */
  rowAttrs?(index: number): JSX.HTMLAttributes<HTMLLIElement>;
  /** Called with the index range on screen [start, end) whenever it changes. */
  onRange?(start: number, end: number): void;
  /** The row that is (or becomes) the keyboard's current row. */
  activeIndex: number;
  onActiveIndex(index: number): void;
  /** Attributes of the list element (data-testid, aria-label…). */
  listProps?: JSX.HTMLAttributes<HTMLUListElement>;
  /** Attributes of the scrolling viewport. */
  class?: string;
}

/** The selector of the focusable element inside a row. */
export const ROW_FOCUS = '[data-row-focus]';

export function VirtualList(p: VirtualListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const focusWanted = useRef(false);
  const overscan = p.overscan ?? 6;

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const viewHeight = height || p.fallbackHeight || 600;
  const first = Math.max(0, Math.floor(scrollTop / p.rowHeight));
  const visibleEnd = Math.min(p.count, Math.ceil((scrollTop + viewHeight) / p.rowHeight));
  const whole = p.count <= (p.wholeBelow ?? 60);
  const start = whole ? 0 : Math.max(0, first - overscan);
  const end = whole ? p.count : Math.min(p.count, visibleEnd + overscan);
  const active = Math.min(Math.max(0, p.activeIndex), Math.max(0, p.count - 1));

  const { onRange } = p;
  useEffect(() => {
    onRange?.(start, end);
  }, [start, end, onRange]);

  // Scroll the active row into view, then focus it once it exists.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || !focusWanted.current) return;
    const top = active * p.rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + p.rowHeight > el.scrollTop + viewHeight) el.scrollTop = top + p.rowHeight - viewHeight;
    if (el.scrollTop !== scrollTop) setScrollTop(el.scrollTop);
    const target = el.querySelector<HTMLElement>(`[data-index="${active}"] ${ROW_FOCUS}`);
    if (target) {
      focusWanted.current = false;
      target.focus();
    }
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const page = Math.max(1, Math.floor(viewHeight / p.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: p.count - 1,
    };
    const next = moves[e.key];
    if (next === undefined || !p.count) return;
    e.preventDefault();
    focusWanted.current = true;
    const clamped = Math.min(Math.max(0, next), p.count - 1);
    if (clamped === active) {
      // Already there (e.g. ArrowDown on the last row): keep the focus where it is.
      viewport.current?.querySelector<HTMLElement>(`[data-index="${active}"] ${ROW_FOCUS}`)?.focus();
      focusWanted.current = false;
    } else p.onActiveIndex(clamped);
  };

  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const attrs = p.rowAttrs?.(i) ?? {};
    rows.push(
      <li
        {...attrs}
        key={i}
        data-index={i}
        class={`vrow ${attrs.class ?? ''}`}
        aria-setsize={p.count}
        aria-posinset={i + 1}
        style={{ top: `${i * p.rowHeight}px`, height: `${p.rowHeight}px` }}
      >
        {p.renderRow(i, i === active)}
      </li>,
    );
  }

  return (
    // tabIndex -1: not a Tab stop of its own (Firefox makes a scrolling box one); the rows are, and their arrows scroll it.
    <div class={`vlist ${p.class ?? ''}`} ref={viewport} tabIndex={-1} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <ul {...p.listProps} class="vlist-rows" style={{ height: `${p.count * p.rowHeight}px` }} onKeyDown={onKeyDown}>
        {rows}
      </ul>
    </div>
  );
}

/** Moves the keyboard focus into the list, on the active row (from the search box's ArrowDown). */
export function focusActiveRow(container: HTMLElement | null, index: number): void {
  container?.querySelector<HTMLElement>(`[data-index="${index}"] ${ROW_FOCUS}`)?.focus();
}
