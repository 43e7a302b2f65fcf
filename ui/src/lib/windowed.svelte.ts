/**
 * Windowing state for a long table in a scrolling box: only the rows in view are drawn
 * once the list is longer than `threshold` (see windowing.ts). Shorter lists draw every
 * row, so screen readers and the browser's find see them all.
 */
import { rowWindow, type RowWindow } from './windowing';

export class Windowed {
  scrollTop = $state(0);
  viewport = $state(600);
  rowHeight = $state(41);
  #count: () => number;
  #threshold: number;

  constructor(count: () => number, threshold = 200) {
    this.#count = count;
    this.#threshold = threshold;
  }

  readonly active = $derived.by(() => this.#count() > this.#threshold);

  readonly range: RowWindow = $derived.by(() => {
    const n = this.#count();
    if (!this.active) return { start: 0, end: n, offset: 0, total: n * this.rowHeight };
    return rowWindow(this.scrollTop, this.viewport, this.rowHeight, n);
  });

  /** Space to keep below the drawn rows. */
  readonly after = $derived.by(() => Math.max(0, this.range.total - this.range.end * this.rowHeight));

  /** For the scrolling box's scroll event; `header` is the height above the first row. */
  onscroll(box: HTMLElement, header = 0): void {
    this.scrollTop = Math.max(0, box.scrollTop - header);
    this.viewport = box.clientHeight;
  }

  /** Takes the real height of a drawn row, once it is on screen. */
  measure(row: HTMLElement | null | undefined): void {
    const h = row?.getBoundingClientRect().height;
    if (h && Math.abs(h - this.rowHeight) > 0.5) this.rowHeight = h;
  }
}
