/**
 * Tells the shell, once per page load, that the first screen is usable: its data is in the
 * page, a frame showing it has been painted, and the page is back in its event loop (so a
 * click or a key press would be handled now). `scripts/measure-launch.sh` times the launch
 * up to this moment; the shell ignores the call unless that script asked for it
 * (src-tauri/src/ready.rs), so in normal use it costs one tiny IPC call and changes nothing.
 *
 * Call it from the screen that shows first, after its data has rendered (an `$effect`
 * that sees the data runs after the DOM is updated). Later calls, and any failure (no
 * Tauri backend in unit tests or in a plain browser), are ignored.
 *
 * The call also carries the page's start-up moments ({@link startupMark}), so the script can
 * say where a launch's time went (the shell prints them only when the script asked).
 */
import { afterPaint } from './afterPaint';
import { reportReady } from './ipc';

/** The prefix of `performance.mark` names the ready call carries as start-up moments. */
const MARK_PREFIX = 'convene:';

let reported = false;
const marks: [string, number][] = [];

/** Notes that start-up reached `phase` now (milliseconds since the page started loading). */
export function startupMark(phase: string): void {
  if (!reported && typeof performance !== 'undefined') marks.push([phase, performance.now()]);
}

export function screenReady(screen: string): void {
  if (reported) return;
  startupMark('drawn');
  reported = true;
  afterPaint(
    () => {
      const firstPaint = typeof performance !== 'undefined' ? performance.getEntriesByName?.('first-contentful-paint')[0] : undefined;
      if (firstPaint) marks.push(['first-paint', firstPaint.startTime]);
      // Moments noted where importing this module would tie it into a cycle (the catalogue).
      for (const m of typeof performance !== 'undefined' ? (performance.getEntriesByType?.('mark') ?? []) : []) {
        if (m.name.startsWith(MARK_PREFIX)) marks.push([m.name.slice(MARK_PREFIX.length), m.startTime]);
      }
      Promise.resolve()
        .then(() => reportReady(screen, typeof performance !== 'undefined' ? performance.now() : null, marks))
        .catch(() => {});
    },
    () => marks.push(['frame', performance.now()]),
  );
}
