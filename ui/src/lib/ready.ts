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
 */
import { reportReady } from './ipc';

let reported = false;

export function screenReady(screen: string): void {
  if (reported) return;
  reported = true;
  const send = () =>
    setTimeout(() => {
      Promise.resolve()
        .then(() => reportReady(screen))
        .catch(() => {});
    }, 0);
  // requestAnimationFrame runs just before the next paint; a task queued from there runs
  // after that paint, once the page is free to take input. (Test DOMs may not paint.)
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(send);
  else send();
}
