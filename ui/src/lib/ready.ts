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

/** The prefix of the `performance.mark` names that are start-up moments. */
const MARK_PREFIX = 'convene:';

let reported = false;

/**
 * Notes that start-up reached `phase` now, as a `performance.mark` named `convene:<phase>`
 * (milliseconds since the page started loading). A module this one cannot import without a
 * cycle (the catalogue) makes such a mark itself. Marks after the ready call are not sent.
 */
export function startupMark(phase: string): void {
  if (!reported) globalThis.performance?.mark?.(MARK_PREFIX + phase);
}

/** The start-up moments noted so far, in time order. */
function startupMarks(): [string, number][] {
  const marks = globalThis.performance?.getEntriesByType?.('mark') ?? [];
  return marks
    .filter((m) => m.name.startsWith(MARK_PREFIX))
    .map((m): [string, number] => [m.name.slice(MARK_PREFIX.length), m.startTime]);
}

export function screenReady(screen: string): void {
  if (reported) return;
  startupMark('drawn');
  reported = true;
  let frame: number | undefined;
  afterPaint(
    () => {
      const phases = startupMarks();
      if (frame !== undefined) phases.push(['frame', frame]);
      const firstPaint = globalThis.performance?.getEntriesByName?.('first-contentful-paint')[0];
      if (firstPaint) phases.push(['first-paint', firstPaint.startTime]);
      Promise.resolve()
        .then(() => reportReady(screen, globalThis.performance?.now() ?? null, phases))
        .catch(() => {});
    },
    () => {
      frame = globalThis.performance?.now();
    },
  );
}
