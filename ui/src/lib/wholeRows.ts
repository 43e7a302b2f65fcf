/**
 * A scrolling list box that shows whole rows only. A box of fixed height cuts its last
 * visible row, and a strip of the next row reads as clutter; instead the box is made as
 * tall as its first `count` rows, measured as laid out (rows may wrap to different
 * heights), and a list with no more rows than that is not limited at all.
 *
 * Invariant: the height returned is the distance from the top of the first row to the
 * bottom of row `count`, so the box's bottom edge falls exactly on a row's bottom edge.
 */

/** A row's top and bottom edges, in px, in any one coordinate system (as getBoundingClientRect gives). */
export interface RowEdges {
  top: number;
  bottom: number;
}

/** The height that shows exactly the first `count` rows, or null when every row fits (no limit needed). */
export function wholeRowsHeight(rows: RowEdges[], count: number): number | null {
  if (count < 1 || rows.length <= count) return null;
  return rows[count - 1].bottom - rows[0].top;
}
