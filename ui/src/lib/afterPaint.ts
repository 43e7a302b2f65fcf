/**
 * Runs `work` once the page has painted its next frame and is back in its event loop:
 * `requestAnimationFrame` runs just before the paint, and a task queued from there runs
 * after it. Used for what must not delay the first frame (the ready signal, Home's travel
 * check). Where nothing paints (test DOMs without `requestAnimationFrame`), it runs on the
 * next task. `beforePaint`, if given, runs in the frame's callback, just before the paint.
 */
export function afterPaint(work: () => void, beforePaint?: () => void): void {
  const queue = () => {
    beforePaint?.();
    setTimeout(work, 0);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(queue);
  else queue();
}
