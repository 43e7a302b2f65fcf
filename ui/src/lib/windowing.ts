/**
 * Which rows of a long list to draw: only those in view, plus a few either side.
 *
 * Rows have one fixed height. For `count` rows the list keeps its full scroll height
 * (`total`), draws rows [start, end) and shifts them down by `offset`, so the scroll bar
 * and keyboard scrolling behave as if every row were there.
 */
export interface RowWindow {
  start: number;
  end: number;
  offset: number;
  total: number;
}

export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 8): RowWindow {
  const h = Math.max(1, rowHeight);
  const total = count * h;
  const first = Math.floor(Math.max(0, scrollTop) / h);
  const visible = Math.ceil(Math.max(0, viewport) / h) + 1;
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start, end: Math.max(start, end), offset: start * h, total };
}
